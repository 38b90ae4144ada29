namespace Guangzhou.Analysis.Stories;

/// <summary>
/// A notebook parameter the data cannot answer (an unknown city, a year without figures, a share outside 0–1). The message
/// names the parameter, the value given and the values that would work, so the reader can fix the parameters cell.
/// </summary>
public sealed class InvalidParameterException(string parameter, string message) : ArgumentException(message, parameter)
{
    public string Parameter { get; } = parameter;

    /// <summary>The message alone: the notebook shows it as the cell's error, and it already names the parameter.</summary>
    public override string Message { get; } = message;

    internal static InvalidParameterException NotAmong<T>(string parameter, T given, string what, IEnumerable<T> valid) =>
        new(parameter, $"{parameter} = {Show(given)}: {what}. Valid values: {string.Join(", ", valid.Select(v => Show(v)))}.");

    private static string Show<T>(T value) => value is string s ? $"\"{s}\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
