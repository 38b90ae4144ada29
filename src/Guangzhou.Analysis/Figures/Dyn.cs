namespace Guangzhou.Analysis.Figures;

/// <summary>
/// Builds Plotly.NET's dynamic objects from C# name/value pairs. Plotly.NET's typed API is F#-shaped (dozens of
/// positional optional arguments); setting plotly.js attributes by name keeps the figure code readable and exact.
/// </summary>
internal static class Dyn
{
    public static DynamicObj.DynamicObj Obj(params (string Name, object? Value)[] properties)
    {
        var o = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties)
            if (value is not null) o.SetProperty(name, value);
        return o;
    }

    public static T With<T>(this T target, params (string Name, object? Value)[] properties) where T : DynamicObj.DynamicObj
    {
        foreach (var (name, value) in properties)
            if (value is not null) target.SetProperty(name, value);
        return target;
    }
}
