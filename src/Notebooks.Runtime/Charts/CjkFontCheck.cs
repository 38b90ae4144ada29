using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Charts;

/// <summary>What the chart browser can draw of a figure's text with the figure's font stacks.</summary>
/// <param name="Families">The named (non-generic) families of the stacks, in order.</param>
/// <param name="InstalledFamilies">Those the browser actually has.</param>
/// <param name="MissingCharacters">Characters no installed font can draw: they would come out as empty boxes, or not at all.</param>
public sealed record FontCheckResult(IReadOnlyList<string> Families, IReadOnlyList<string> InstalledFamilies, IReadOnlyList<string> MissingCharacters)
{
    public bool CanDrawText => MissingCharacters.Count == 0;

    /// <summary>The text is drawn, but by a font the figure does not name, so it does not look as designed.</summary>
    public bool DrawnWithFallbackFont => CanDrawText && Families.Count > 0 && InstalledFamilies.Count == 0;
}

/// <summary>Thrown when a figure's text cannot be drawn for want of a font (the reproduce run exits 3).</summary>
internal sealed class MissingFontException(string message) : Exception(message);

/// <summary>
/// Checks, in the chart browser's own page, that a figure's text and the workspace's sample text can be drawn. Without a
/// CJK font Chromium draws every Han character as the same .notdef box, and with no font at all it draws nothing; both
/// give figures without their words. Each character is drawn on a canvas in the figure's font stack and compared with the
/// drawing of a code point no font has (the .notdef glyph). document.fonts.check only knows web fonts (it answers true for
/// any system font name), so whether a named family is installed is decided by whether naming it changes how a Latin and
/// Chinese sample is drawn (widths alone cannot tell: every CJK font draws Han characters one em wide).
/// </summary>
internal static class CjkFontCheck
{
    // Latin and Han: fonts of the same design family often share one of the two. The Han part is the sample's start
    // (the workspace's script), or two characters every CJK font has; the probe canvas is 12 em wide.
    private const string FamilyLatin = "Ag 2024 ";
    private const string CommonHan = "中文";

    /// <summary>Plotly's font stack when a figure names none.</summary>
    public const string PlotlyDefaultStack = "\"Open Sans\", verdana, arial, sans-serif";

    private static readonly HashSet<string> GenericFamilies = new(StringComparer.OrdinalIgnoreCase)
    {
        "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace",
        "ui-rounded", "math", "emoji", "fangsong",
    };

    private const string ProbeFunction = """
        async (cssStack, characters, families, sample) => {
            await document.fonts.ready;
            const size = 32, width = size * 3, height = size * 2;
            const canvas = document.createElement('canvas');
            canvas.width = width;
            canvas.height = height;
            const ctx = canvas.getContext('2d', { willReadFrequently: true });
            const draw = (text, stack = cssStack, w = width) => {
                ctx.clearRect(0, 0, w, height);
                ctx.font = size + 'px ' + stack;
                ctx.fillStyle = '#000';
                ctx.fillText(text, size / 2, size * 1.4);
                const pixels = ctx.getImageData(0, 0, w, height).data;
                let ink = 0, bits = '';
                for (let i = 3; i < pixels.length; i += 4) {
                    if (pixels[i] > 0) ink++;
                    bits += pixels[i] > 127 ? '1' : '0';
                }
                return { ink, bits };
            };
            const notdef = draw(String.fromCodePoint(0x10FFFD));
            const missing = characters.filter(c => {
                const glyph = draw(c);
                return glyph.ink === 0 || glyph.bits === notdef.bits;
            });
            canvas.width = size * 12;
            const shape = (stack) => draw(sample, stack, canvas.width).bits;
            const installed = families.filter(f => {
                const quoted = JSON.stringify(f);
                return document.fonts.check(size + 'px ' + quoted, sample)
                    && ['monospace', 'serif', 'sans-serif'].some(g => shape(quoted + ', ' + g) !== shape(g));
            });
            return JSON.stringify({ missing, installed });
        }
        """;

    /// <summary>Checks the text of plotly figures (JSON) in <paramref name="renderer"/>'s page, once per distinct font stack.</summary>
    public static Task<FontCheckResult> CheckFiguresAsync(IChartImageRenderer renderer, IEnumerable<string> figureJsons, CancellationToken ct = default) =>
        CheckFiguresAsync(renderer, figureJsons, "", ct);

    /// <summary>
    /// As above, and every check also draws <paramref name="sample"/>: text in the workspace's script (the composition
    /// root chooses it), so a first chart without that script still reveals a missing font for it.
    /// </summary>
    public static async Task<FontCheckResult> CheckFiguresAsync(IChartImageRenderer renderer, IEnumerable<string> figureJsons, string sample, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var familySample = FamilyLatin + (sample.Length > 0 ? new string(sample.EnumerateRunes().Take(4).SelectMany(r => r.ToString()).ToArray()) : CommonHan);
        var textByStack = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        foreach (var json in figureJsons)
        {
            var node = JsonNode.Parse(json);
            var strings = new List<(string Key, string Value)>();
            Collect(node, null, strings);
            var stacks = strings.Where(s => s.Key == "family").Select(s => s.Value).Distinct(StringComparer.Ordinal).ToList();
            if (stacks.Count == 0)
            {
                stacks.Add(PlotlyDefaultStack);
            }

            foreach (var stack in stacks)
            {
                var text = textByStack.TryGetValue(stack, out var existing) ? existing : textByStack[stack] = new StringBuilder(sample);
                foreach (var (_, value) in strings)
                {
                    text.Append(value);
                }
            }
        }

        var families = new List<string>();
        var installed = new List<string>();
        var missing = new List<string>();
        foreach (var (stack, text) in textByStack)
        {
            var named = Families(stack);
            var probe = await renderer.EvaluateAsync(ProbeFunction, [CssStack(stack), Characters(text.ToString()).ToArray(), named.ToArray(), familySample], ct);
            using var answer = JsonDocument.Parse(probe);
            families.AddRange(named.Where(f => !families.Contains(f, StringComparer.OrdinalIgnoreCase)));
            installed.AddRange(answer.RootElement.GetProperty("installed").EnumerateArray().Select(e => e.GetString()!)
                .Where(f => !installed.Contains(f, StringComparer.OrdinalIgnoreCase)));
            missing.AddRange(answer.RootElement.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!)
                .Where(c => !missing.Contains(c, StringComparer.Ordinal)));
        }

        return new FontCheckResult(families, installed, missing);
    }

    private static void Collect(JsonNode? node, string? key, List<(string, string)> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, name, strings);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, key, strings);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                strings.Add((key ?? "", text));
                break;
        }
    }

    /// <summary>The distinct characters of <paramref name="text"/> that leave ink, in order of first use.</summary>
    public static IReadOnlyList<string> Characters(string text)
    {
        var seen = new HashSet<Rune>();
        var result = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse
                    or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate || !seen.Add(rune))
            {
                continue;
            }

            result.Add(rune.ToString());
        }

        return result;
    }

    /// <summary>The named families of a CSS/plotly font stack, without quotes and generic families.</summary>
    public static IReadOnlyList<string> Families(string stack) =>
        Split(stack).Where(f => !GenericFamilies.Contains(f)).ToArray();

    /// <summary>The stack as CSS, every named family quoted (plotly accepts unquoted names that a canvas font string may not).</summary>
    public static string CssStack(string stack) =>
        string.Join(", ", Split(stack).Select(f => GenericFamilies.Contains(f) ? f : JsonSerializer.Serialize(f)));

    private static IEnumerable<string> Split(string stack) =>
        stack.Split(',').Select(f => f.Trim().Trim('"', '\'').Trim()).Where(f => f.Length > 0);

    /// <summary>The Traditional Chinese font of each system and how to get it there.</summary>
    public static (string Font, string Install) TraditionalChineseFont(HostOs os) => os switch
    {
        HostOs.Windows => ("Microsoft JhengHei",
            "it comes with Windows 10 and 11; if it was removed, add Chinese (Traditional) under Settings > Time & language > Language & region, which installs its fonts"),
        HostOs.MacOS => ("PingFang TC", "it comes with macOS; or install Noto Sans TC: brew install --cask font-noto-sans-tc"),
        _ => ("Noto Sans CJK TC", "sudo apt-get install fonts-noto-cjk (Debian/Ubuntu; elsewhere the distribution's Noto Sans CJK package)"),
    };

    /// <summary>Says what cannot be drawn, which font is missing and how to install it on <paramref name="os"/>.</summary>
    public static string Explain(FontCheckResult result, HostOs os)
    {
        var (font, install) = TraditionalChineseFont(os);
        var stack = result.Families.Count == 0 ? "its font stack names no family" : $"none of {string.Join(", ", result.Families)} is installed";
        if (result.CanDrawText)
        {
            return $"Figure fonts: {stack}, so the browser draws the text with another font and the figures do not look as designed. " +
                   $"Missing font: {font}. Install it: {install}.";
        }

        const int shown = 12;
        var characters = string.Join(" ", result.MissingCharacters.Take(shown)) +
                         (result.MissingCharacters.Count > shown ? $" and {result.MissingCharacters.Count - shown} more" : "");
        var installed = result.InstalledFamilies.Count == 0 ? stack : $"{string.Join(", ", result.InstalledFamilies)} is installed but lacks them";
        return $"Figure text cannot be drawn: no installed font has {characters} ({installed}), so the images would show " +
               $"empty boxes or no text. Missing font: {font}. Install it: {install}.";
    }
}
