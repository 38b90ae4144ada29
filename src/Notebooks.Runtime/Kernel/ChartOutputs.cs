namespace Notebooks.Runtime.Kernel;

/// <summary>
/// The MIME types a chart is displayed with; text/plain is always added. Each front end draws the best it knows:
/// VS Code's and JupyterLab's Plotly renderers take the Plotly JSON, GitHub and nbviewer the PNG, Polyglot the HTML.
/// </summary>
[Flags]
internal enum ChartOutputs
{
    None = 0,

    /// <summary>application/vnd.plotly.v1+json: the figure itself, drawn offline by the front end's Plotly renderer.</summary>
    PlotlyJson = 1,

    /// <summary>text/html: a div drawn by plotly.js, with the PNG inside it where scripts do not run.</summary>
    Html = 2,

    /// <summary>image/png, rendered by the browser at the kernel's scale.</summary>
    Png = 4,

    /// <summary>image/svg+xml.</summary>
    Svg = 8,
}
