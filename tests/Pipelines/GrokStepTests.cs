using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Pipelines;

/// <summary>
/// Grok stages (<c>[ParseGrok]</c>, tests/Datasets/GrokPipelineDataset.cs) run on raw messages: captures are text, an
/// <c>:int</c> capture a number, a group the match did not reach <c>None</c>; a message that does not match the whole
/// pattern makes the stage's output <c>None</c>, a case key without a case leaves it undefined.
/// </summary>
public sealed class GrokStepTests
{
    private static readonly IntakeRouter s_router = new(new[] { GrokPipelineDataset.Format });

    [Fact]
    public void Captures_of_a_full_match_are_text_typed_captures_numbers()
    {
        var x = Parse("10.0.0.1 took 42 ms user alice from web-01");

        Assert.Equal("\"10.0.0.1\"", x["client"]!.ToJsonString());
        Assert.Equal("42", x["duration"]!.ToJsonString());
        Assert.Equal("\"alice\"", x["user"]!.ToJsonString());
        Assert.Equal("false", x["host_is_none"]!.ToJsonString());
        Assert.Equal("false", x["no_match"]!.ToJsonString());
    }

    [Fact]
    public void A_leading_ignore_case_flag_applies_to_the_literals_and_a_caret_to_the_start()
    {
        Assert.Equal("\"10.0.0.1\"", Parse("10.0.0.1 took 42 ms")["ignore_case"]!.ToJsonString());
    }

    [Fact]
    public void A_reference_without_a_capture_name_is_captured_under_the_pattern_name()
    {
        var x = Parse("10.0.0.1 took 42 ms user alice from web-01");

        Assert.Equal("\"42 ms user alice from web-01\"", x["reference"]!.ToJsonString());
        Assert.Equal("\" user alice from web-01\"", x["custom_reference"]!.ToJsonString());
    }

    [Fact]
    public void A_case_match_uses_the_pattern_of_its_key()
    {
        var alice = Parse("10.0.0.1 took 42 ms user alice from web-01");
        Assert.Equal("\"web\"", alice["first"]!.ToJsonString());
        Assert.Equal("\"01\"", alice["second"]!.ToJsonString());
        Assert.Null(alice["all"]);

        var bob = Parse("10.0.0.1 took 7 ms user bob from db.example.com");
        Assert.Equal("\"db.example.com\"", bob["all"]!.ToJsonString());
        Assert.Null(bob["first"]);
    }

    [Fact]
    public void A_key_without_a_case_leaves_the_output_undefined_a_case_that_does_not_match_makes_it_none()
    {
        var dave = Parse("10.0.0.1 took 7 ms user dave from db");
        Assert.Equal("false", dave["cased"]!.ToJsonString());

        // alice's pattern needs a '-': the case is chosen, the match fails.
        var alice = Parse("10.0.0.1 took 7 ms user alice from db");
        Assert.Equal("true", alice["cased"]!.ToJsonString());
        Assert.Equal("true", alice["cased_no_match"]!.ToJsonString());
    }

    [Fact]
    public void A_group_the_match_did_not_reach_is_none()
    {
        var x = Parse("10.0.0.1 took 42 ms");

        Assert.Equal("true", x["host_is_none"]!.ToJsonString());
        Assert.Null(x["user"]);
        Assert.Equal("false", x["cased"]!.ToJsonString());
    }

    [Fact]
    public void A_message_that_does_not_match_the_whole_pattern_makes_the_output_none()
    {
        var x = Parse("10.0.0.1 took 42 ms and more");

        Assert.Equal("true", x["no_match"]!.ToJsonString());
        Assert.Null(x["client"]);
    }

    [Fact]
    public void A_repeated_capture_name_takes_the_last_occurrence_that_took_part()
    {
        // Cisco/cisco-ise tests/test_ad_connector_1.json: %{PRE_REASON:reason} captures reason again inside; the
        // platform's event.reason is the inner "ISE server TGT refresh succeeded", not the outer span with its comma.
        var inner = Parse("AD-Connector: ISE server TGT refresh succeeded,  AD-Account-Name=JOHNDOE$@EXAMPLE.LOCAL");
        Assert.Equal("\"ISE server TGT refresh succeeded\"", inner["reason"]!.ToJsonString());

        // The branch without an inner reason: the outer occurrence is the one that took part.
        var outer = Parse("hello! AD-Account-Name=JOHNDOE");
        Assert.Equal("\"hello!\"", outer["reason"]!.ToJsonString());
    }

    private static JsonObject Parse(string message)
    {
        var output = new ArrayBufferWriter<byte>();
        var result = s_router.Parse(GrokPipelineDataset.Format, Encoding.UTF8.GetBytes(message), output);
        Assert.True(result.Success, result.Reason);
        var root = JsonNode.Parse(output.WrittenSpan)!.AsObject();
        return root["x"]!.AsObject();
    }
}
