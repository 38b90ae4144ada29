using Notebooks.Runtime.Figures;

namespace Notebooks.Runtime.Tests;

/// <summary>The files a figure ships besides its images: the CSV of its values and an SVG that names itself.</summary>
public sealed class FigureFilesTests
{
    [Fact]
    public void The_csv_quotes_only_fields_that_need_it()
    {
        var table = new FigureTable(["series", "value"], ["Series", "Value"],
            [["Guangzhou, Chongqing", "1.5"], ["the \"named\" tiers", "-2"], ["廣州", ""]]);
        Assert.Equal("series,value\n\"Guangzhou, Chongqing\",1.5\n\"the \"\"named\"\" tiers\",-2\n廣州,\n", table.ToCsv());
    }

    [Fact]
    public void The_svg_gets_its_title_and_description_as_the_roots_first_children()
    {
        var svg = "<svg class=\"main-svg\" width=\"10\"><rect/></svg>";
        Assert.Equal("<svg class=\"main-svg\" width=\"10\"><title>A &amp; B</title><desc>Bars: a &lt; b</desc><rect/></svg>",
            AccessibleSvg.With(svg, "A & B", "Bars: a < b"));
        Assert.Throws<InvalidOperationException>(() => AccessibleSvg.With("<png/>", "t", "d"));
    }
}
