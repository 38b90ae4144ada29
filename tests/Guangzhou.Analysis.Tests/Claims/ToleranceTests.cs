using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;

namespace Guangzhou.Analysis.Tests.Claims;

public sealed class ToleranceTests
{
    [Theory]
    // exactly, rates: half a unit of the last printed digit, close within 0.5 points
    [InlineData("2.1", "2.1", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("2.1", "2.15", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("2.1", "2.05", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("2.1", "2.16", Qualifier.Exactly, true, Verdict.Close)]
    [InlineData("2.1", "2.6", Qualifier.Exactly, true, Verdict.Close)]
    [InlineData("2.1", "2.61", Qualifier.Exactly, true, Verdict.Contradicted)]
    [InlineData("2.10", "2.11", Qualifier.Exactly, true, Verdict.Close)] // 2.10 is printed to 0.01
    [InlineData("2.10", "2.105", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("-3.0", "-3.04", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("-3.0", "-3.06", Qualifier.Exactly, true, Verdict.Close)]
    [InlineData("26", "26.5", Qualifier.Exactly, true, Verdict.Confirmed)]
    [InlineData("26", "26.51", Qualifier.Exactly, true, Verdict.Contradicted)] // whole-number rate: confirm band = close band
    // exactly, levels: close within 2%
    [InlineData("253.98", "253.98", Qualifier.Exactly, false, Verdict.Confirmed)]
    [InlineData("253.98", "253.985", Qualifier.Exactly, false, Verdict.Confirmed)]
    [InlineData("253.98", "254.01", Qualifier.Exactly, false, Verdict.Close)]
    [InlineData("100", "102", Qualifier.Exactly, false, Verdict.Close)]
    [InlineData("100", "102.01", Qualifier.Exactly, false, Verdict.Contradicted)]
    [InlineData("64", "64.5", Qualifier.Exactly, false, Verdict.Confirmed)]
    [InlineData("64", "63.4", Qualifier.Exactly, false, Verdict.Close)]
    // about, levels: 5% and 10%
    [InlineData("35", "36.75", Qualifier.About, false, Verdict.Confirmed)]
    [InlineData("35", "33.25", Qualifier.About, false, Verdict.Confirmed)]
    [InlineData("35", "36.76", Qualifier.About, false, Verdict.Close)]
    [InlineData("35", "38.5", Qualifier.About, false, Verdict.Close)]
    [InlineData("35", "38.51", Qualifier.About, false, Verdict.Contradicted)]
    // about, rates: 1 and 2 points
    [InlineData("5", "6", Qualifier.About, true, Verdict.Confirmed)]
    [InlineData("5", "6.01", Qualifier.About, true, Verdict.Close)]
    [InlineData("5", "3", Qualifier.About, true, Verdict.Close)]
    [InlineData("5", "2.99", Qualifier.About, true, Verdict.Contradicted)]
    // over: strictly above confirms, up to 5% short is close
    [InlineData("140", "140.01", Qualifier.Over, false, Verdict.Confirmed)]
    [InlineData("140", "140", Qualifier.Over, false, Verdict.Close)]
    [InlineData("140", "133", Qualifier.Over, false, Verdict.Close)]
    [InlineData("140", "132.99", Qualifier.Over, false, Verdict.Contradicted)]
    [InlineData("1000", "1286.6", Qualifier.Over, false, Verdict.Confirmed)]
    // under: strictly below confirms, up to 5% above is close
    [InlineData("10", "9.99", Qualifier.Under, false, Verdict.Confirmed)]
    [InlineData("10", "10", Qualifier.Under, false, Verdict.Close)]
    [InlineData("10", "10.5", Qualifier.Under, false, Verdict.Close)]
    [InlineData("10", "10.51", Qualifier.Under, false, Verdict.Contradicted)]
    public void Judge(string stated, string observed, Qualifier qualifier, bool isRate, Verdict expected) =>
        Assert.Equal(expected, Tolerance.Judge(D(stated), D(observed), qualifier, isRate));

    [Theory]
    [InlineData("253.98", "0.005")]
    [InlineData("64", "0.5")]
    [InlineData("2.10", "0.005")]
    [InlineData("2.1", "0.05")]
    [InlineData("-3.0", "0.05")]
    [InlineData("3815", "0.5")]
    [InlineData("0.0001", "0.00005")]
    public void HalfLastDigit(string stated, string half) => Assert.Equal(D(half), Tolerance.HalfLastDigit(D(stated)));

    [Fact]
    public void HalfLastDigit_of_decimal_literals_keeps_their_scale()
    {
        Assert.Equal(0.005m, Tolerance.HalfLastDigit(253.98m));
        Assert.Equal(0.5m, Tolerance.HalfLastDigit(64m));
        Assert.Equal(0.005m, Tolerance.HalfLastDigit(2.10m));
        Assert.Equal(0.05m, Tolerance.HalfLastDigit(2.1m));
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
