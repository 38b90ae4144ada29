namespace Guangzhou.Analysis.Data;

/// <summary>
/// Bad input in a data file. The message names file, line and column the way compilers do, so an editor can jump to it:
/// <c>data/gdp.csv:14:4 (value): '2,1' is not a number</c>.
/// </summary>
public sealed class DataFormatException(string file, int line, int column, string columnName, string problem)
    : Exception($"{file}:{line}:{column} ({columnName}): {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    /// <summary>1-based column number; 0 when the problem concerns the whole row.</summary>
    public int Column { get; } = column;
    public string ColumnName { get; } = columnName;
    public string Problem { get; } = problem;
}
