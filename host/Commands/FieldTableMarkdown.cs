using System.Collections.Generic;
using System.Text;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary>
/// Renders a format's extracted fields as the "Extracted Fields" Markdown table of the integration documentation.
/// Lines end with '\n' whatever the platform, so the output is the same everywhere.
/// </summary>
public static class FieldTableMarkdown
{
    /// <summary>A heading naming the format, its slug and uuid, then the table of its fields.</summary>
    public static string Render(IntakeFormat format)
    {
        var markdown = new StringBuilder();
        markdown.Append("## Extracted Fields: ").Append(format.Name)
            .Append(" (`").Append(format.Slug).Append("`, `").Append(format.Uuid.ToString("D")).Append("`)\n\n");
        AppendTable(markdown, format.Fields);
        return markdown.ToString();
    }

    /// <summary>The table alone, one row per field in the given order.</summary>
    public static string RenderTable(IReadOnlyList<FieldDescription> fields)
    {
        var markdown = new StringBuilder();
        AppendTable(markdown, fields);
        return markdown.ToString();
    }

    private static void AppendTable(StringBuilder markdown, IReadOnlyList<FieldDescription> fields)
    {
        markdown.Append("| Name | Type | Description |\n");
        markdown.Append("| ---- | ---- | ----------- |\n");
        foreach (var field in fields)
        {
            markdown.Append("|`").Append(field.Name).Append("` | `").Append(field.Type).Append("` | ")
                .Append(EscapeCell(field.Description)).Append(" |\n");
        }
    }

    /// <summary>
    /// A '|' would end the cell and a line break the row, so the first is escaped and the second becomes a space:
    /// custom field descriptions are free text (firewall events list values as "unknown | badHost | ...").
    /// </summary>
    private static string EscapeCell(string text)
        => text.Replace("|", "\\|").Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
