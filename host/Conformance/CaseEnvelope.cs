using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsForge.Host.Conformance;

/// <summary>
/// The envelope a case's event arrives with: <c>input</c> without its <c>message</c> (Postfix's
/// <c>log.syslog.appname</c>, Fortimail's <c>log.hostname</c>). Left out are what is not an event field:
/// <c>sekoiaio.intake</c>, which only routes the case, and the ingest stamps <c>event.created</c> and <c>event.id</c>,
/// which the platform sets on arrival and no recorded case keeps in its expected event.
/// </summary>
public static class CaseEnvelope
{
    public static byte[] From(JsonObject input)
    {
        var envelope = (JsonObject)input.DeepClone();
        envelope.Remove("message");
        RemoveBelow(envelope, "sekoiaio", "intake");
        RemoveBelow(envelope, "event", "created");
        RemoveBelow(envelope, "event", "id");
        return envelope.Count == 0 ? [] : JsonSerializer.SerializeToUtf8Bytes(envelope);
    }

    /// <summary>Removes <c>parent.child</c>, and <c>parent</c> too when that leaves it empty.</summary>
    private static void RemoveBelow(JsonObject root, string parent, string child)
    {
        if (root[parent] is JsonObject inner)
        {
            inner.Remove(child);
            if (inner.Count == 0)
            {
                root.Remove(parent);
            }
        }
    }
}
