using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace EcsForge.Bench.Compare;

/// <summary>
/// A self-contained SVG bar chart of events/s, one group of bars per dataset, written as text so the bench needs no
/// charting package. Bars share one linear scale, so the gaps between mappers read as they are.
/// </summary>
internal static class SvgChart
{
    private const int Width = 960;
    private const int LabelWidth = 300;
    private const int ValueWidth = 190;
    private const int BarHeight = 22;
    private const int RowGap = 8;
    private const int GroupGap = 30;
    private const int Top = 86;

    /// <summary>Generated, usual approach, floor: the same colour for the same role in every group.</summary>
    private static readonly string[] Colors = ["#2b6cb0", "#c05621", "#2f855a"];

    public static void Write(string path, IReadOnlyList<DatasetComparison> comparisons, int events, int passes, string machine)
    {
        var culture = CultureInfo.InvariantCulture;
        var maximum = comparisons.SelectMany(c => c.All).Max(r => r.EventsPerSecond);
        var barArea = Width - LabelWidth - ValueWidth - 20;
        var height = Top + (comparisons.Count * ((3 * (BarHeight + RowGap)) + GroupGap + 20)) + 20;
        var svg = new StringBuilder();
        svg.AppendLine(string.Create(culture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"Helvetica, Arial, sans-serif\">"));
        svg.AppendLine(string.Create(culture, $"  <rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>"));
        svg.AppendLine("  <text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\">EcsForge vs hand-written mappers: events/s on one thread (higher is better)</text>");
        svg.AppendLine(string.Create(culture, $"  <text x=\"20\" y=\"50\" font-size=\"12\" fill=\"#555555\">{Escape(string.Create(culture, $"{events:N0} identical events per dataset, one thread, best of {passes} passes after a warm-up pass; B/event = bytes allocated per event"))}</text>"));
        svg.AppendLine(string.Create(culture, $"  <text x=\"20\" y=\"66\" font-size=\"12\" fill=\"#555555\">{Escape(machine)}</text>"));

        var y = Top;
        foreach (var comparison in comparisons)
        {
            y += 16;
            svg.AppendLine(string.Create(culture, $"  <text x=\"20\" y=\"{y}\" font-size=\"14\" font-weight=\"bold\">{Escape(comparison.Dataset)}</text>"));
            y += 8;
            var role = 0;
            foreach (var result in comparison.All)
            {
                var barWidth = Math.Max(1.0, barArea * result.EventsPerSecond / maximum);
                var middle = y + (BarHeight / 2) + 4;
                svg.AppendLine(string.Create(culture, $"  <text x=\"{LabelWidth - 10}\" y=\"{middle}\" font-size=\"12\" text-anchor=\"end\">{Escape(result.Mapper)}</text>"));
                svg.AppendLine(string.Create(culture, $"  <rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{barWidth:F1}\" height=\"{BarHeight}\" fill=\"{Colors[role]}\"/>"));
                svg.AppendLine(string.Create(culture, $"  <text x=\"{LabelWidth + barWidth + 6:F1}\" y=\"{middle}\" font-size=\"12\">{Escape(string.Create(culture, $"{result.EventsPerSecond:N0} events/s, {result.BytesPerEvent:F0} B/event"))}</text>"));
                y += BarHeight + RowGap;
                role++;
            }

            y += GroupGap;
        }

        svg.AppendLine("</svg>");
        File.WriteAllText(path, svg.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Escape(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
