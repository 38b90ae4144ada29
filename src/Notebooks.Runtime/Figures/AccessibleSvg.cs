using System.Security;

namespace Notebooks.Runtime.Figures;

/// <summary>
/// Gives an exported SVG its accessible name and description: <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c> as the root's first
/// children, where screen readers and image viewers look for them (SVG 2, §5.9). plotly's SVG has neither.
/// </summary>
internal static class AccessibleSvg
{
    public static string With(string svg, string title, string description)
    {
        var root = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = root < 0 ? -1 : svg.IndexOf('>', root);
        if (end < 0)
        {
            throw new InvalidOperationException("The exported image has no <svg> root element.");
        }

        var text = "<title>" + SecurityElement.Escape(title) + "</title>"
                   + (description.Length == 0 ? "" : "<desc>" + SecurityElement.Escape(description) + "</desc>");
        return svg.Insert(end + 1, text);
    }
}
