using System.Text;
using System.Text.Json.Nodes;
using EcsForge.Host.Conformance;
using Xunit;

namespace EcsForge.Tests.Host;

public sealed class CaseEnvelopeTests
{
    [Fact]
    public void The_envelope_is_the_input_without_its_message_routing_keys_and_ingest_stamps()
    {
        // Fortiweb's attack.json input, trimmed: log.hostname is kept in its expected event, the rest is not.
        var input = JsonNode.Parse("""
            {"message":"cat=attack","sekoiaio":{"intake":{"dialect":"Fortiweb","dialect_uuid":"x"}},
             "event":{"created":"2021-05-09T10:06:03.546898Z","id":"e39bd628"},"log":{"hostname":"tyR4LrYORLPlEIBp"}}
            """)!.AsObject();

        Assert.Equal("""{"log":{"hostname":"tyR4LrYORLPlEIBp"}}""", Encoding.UTF8.GetString(CaseEnvelope.From(input)));
    }

    [Fact]
    public void A_case_with_only_a_message_has_no_envelope()
    {
        Assert.Empty(CaseEnvelope.From(JsonNode.Parse("""{"message":"x"}""")!.AsObject()));
    }
}
