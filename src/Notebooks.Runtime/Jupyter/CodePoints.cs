namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Jupyter counts cursor positions in Unicode code points (protocol 5.2+); .NET strings count UTF-16 units, so a
/// position after a character outside the BMP differs by one per such character.
/// </summary>
internal static class CodePoints
{
    public static int ToUtf16Index(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; seen < codePoints && index < text.Length; seen++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    public static int FromUtf16Index(string text, int index)
    {
        var codePoints = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                codePoints++;
            }
        }

        return codePoints;
    }

    /// <summary>Zero-based line and character (UTF-16) of a UTF-16 index.</summary>
    public static (int Line, int Character) LineAndCharacter(string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart);
    }

    /// <summary>UTF-16 index of a zero-based line and character.</summary>
    public static int IndexOf(string text, int line, int character)
    {
        var index = 0;
        for (var l = 0; l < line && index < text.Length; index++)
        {
            if (text[index] == '\n')
            {
                l++;
            }
        }

        return Math.Min(text.Length, index + character);
    }
}
