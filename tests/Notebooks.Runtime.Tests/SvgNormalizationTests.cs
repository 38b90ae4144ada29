using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Tests;

public sealed class SvgNormalizationTests
{
    [Fact]
    public void An_empty_style_on_the_root_svg_is_dropped_so_two_renders_of_one_figure_match()
    {
        const string WithStyle = """<svg class="main-svg" width="600" height="400" style="" viewBox="0 0 600 400"><g style=""/></svg>""";
        const string Without = """<svg class="main-svg" width="600" height="400" viewBox="0 0 600 400"><g style=""/></svg>""";
        Assert.Equal(Without, ChromiumChartRenderer.WithoutEmptyRootStyle(WithStyle));
        Assert.Equal(Without, ChromiumChartRenderer.WithoutEmptyRootStyle(Without));
    }

    [Fact]
    public void A_root_style_that_says_something_is_kept()
    {
        const string Styled = """<svg width="6" height="4" style="background: white;"></svg>""";
        Assert.Equal(Styled, ChromiumChartRenderer.WithoutEmptyRootStyle(Styled));
    }
}
