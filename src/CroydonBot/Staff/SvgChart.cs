using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CroydonBot.Staff;

/// <summary>
/// Charts drawn on the server as inline SVG: no scripts, readable by screen readers through the title and
/// description, and every chart sits beside a table of the same figures.
/// </summary>
public static class SvgChart
{
    private const string Bar = "#1d4f91";
    private const string Axis = "#505a5f";

    /// <summary>Vertical columns, e.g. questions per day; labels every <paramref name="labelEvery"/> columns.</summary>
    public static IHtmlContent Columns(string id, string title, string description, IReadOnlyList<(string Label, int Value)> points, int labelEvery = 1)
    {
        const int width = 640, height = 240, left = 40, bottom = 40, top = 16, right = 8;
        var max = Math.Max(1, points.Count == 0 ? 1 : points.Max(p => p.Value));
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var slot = points.Count == 0 ? plotWidth : (double)plotWidth / points.Count;
        var svg = Open(id, title, description, width, height);
        Line(svg, left, top + plotHeight, width - right, top + plotHeight);
        foreach (var tick in Ticks(max))
        {
            var y = top + plotHeight - (double)tick / max * plotHeight;
            Text(svg, left - 6, y + 4, tick.ToString(CultureInfo.InvariantCulture), "end");
            svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - right}\" y2=\"{y:0.#}\" stroke=\"#dddddd\" />"));
        }
        for (var i = 0; i < points.Count; i++)
        {
            var (label, value) = points[i];
            var h = (double)value / max * plotHeight;
            var x = left + i * slot + slot * 0.15;
            svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{top + plotHeight - h:0.#}\" width=\"{Math.Max(1, slot * 0.7):0.#}\" height=\"{h:0.#}\" fill=\"{Bar}\"><title>{Encode(label)}: {value}</title></rect>"));
            if (i % labelEvery == 0)
            {
                Text(svg, x + slot * 0.35, top + plotHeight + 16, label, "middle");
            }
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars with the label on the left and the figure at the bar's end, e.g. top topics.</summary>
    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<(string Label, int Value)> items, IReadOnlyList<string>? colours = null)
    {
        const int width = 640, row = 28, labelWidth = 200, right = 48;
        var height = Math.Max(1, items.Count) * row + 8;
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(p => p.Value));
        var svg = Open(id, title, description, width, height);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = 4 + i * row;
            var w = (double)value / max * (width - labelWidth - right);
            Text(svg, labelWidth - 8, y + 18, label.Length > 24 ? label[..23] + "…" : label, "end");
            var colour = colours is not null && i < colours.Count ? colours[i] : Bar;
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(1, w):0.#}\" height=\"{row - 10}\" fill=\"{colour}\"><title>{Encode(label)}: {value}</title></rect>"));
            Text(svg, labelWidth + w + 6, y + 18, value.ToString(CultureInfo.InvariantCulture), "start");
        }
        if (items.Count == 0)
        {
            Text(svg, 8, 20, "No data for this period.", "start");
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height) => new StringBuilder()
        .Append(Invariant($"<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">"))
        .Append(Invariant($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append(Invariant($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{Axis}\" stroke-width=\"1.5\" />"));

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor) =>
        svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"13\" text-anchor=\"{anchor}\">{Encode(text)}</text>"));

    /// <summary>Up to five round gridline values from zero to the maximum.</summary>
    private static IEnumerable<int> Ticks(int max)
    {
        var step = Math.Max(1, (int)Math.Ceiling(max / 4.0));
        for (var tick = 0; tick <= max; tick += step)
        {
            yield return tick;
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
