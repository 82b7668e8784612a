using System.IO;
using System.Linq;
using System.Text.Json;
using EcsForge.Host.Commands;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary><c>ecsforge formats</c>: every shipped format with its identity and input kind.</summary>
public sealed class FormatsCommandTests
{
    [Fact]
    public void Json_lists_the_nine_shipped_formats_with_their_input_kind()
    {
        using var output = new StringWriter();

        FormatsCommand.Write(output, EcsForge.Parsers.IntakeFormatRegistry.All, json: true);

        using var document = JsonDocument.Parse(output.ToString());
        var formats = document.RootElement.EnumerateArray().ToDictionary(row => row.GetProperty("slug").GetString()!, row => row);
        Assert.Equal(9, formats.Count);
        Assert.Equal("key=value", formats["pulse-connect-secure"].GetProperty("input").GetString());
        Assert.Equal("JSON", formats["cloudflare-firewall-events"].GetProperty("input").GetString());
        Assert.Equal("16676d72-463e-4b8a-b13a-f8dd48cddc8c", formats["cloudflare-firewall-events"].GetProperty("uuid").GetString());
        Assert.Equal("Cloudflare WAF events", formats["cloudflare-firewall-events"].GetProperty("name").GetString());
    }

    [Fact]
    public void The_table_has_one_row_per_format_in_slug_order()
    {
        using var output = new StringWriter();

        FormatsCommand.Write(output, EcsForge.Parsers.IntakeFormatRegistry.All, json: false);

        var rows = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(9, rows.Count);
        Assert.StartsWith("| cloudflare-access-requests |", rows[0], System.StringComparison.Ordinal);
        Assert.Equal("| pulse-connect-secure | 7a12aa3b-ec73-4ebb-8fb3-f7c543fd84a5 | Ivanti / Pulse Connect Secure | key=value |", rows[^1].TrimEnd('\r'));
    }
}
