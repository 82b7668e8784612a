using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsForge.Text;

namespace EcsForge.Bench.Compare;

/// <summary>Dotted ECS paths on a <see cref="JsonObject"/>, the helper every hand-written JsonNode mapper ends up with.</summary>
internal static class JsonNodePath
{
    /// <summary>Paths split once: mapping tables name the same few dozen paths for every event.</summary>
    private static readonly ConcurrentDictionary<string, string[]> Segments = new();

    /// <summary>Sets <paramref name="path"/> (<c>source.geo.country_name</c>), creating the objects on the way.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var names = Segments.GetOrAdd(path, static p => p.Split('.'));
        var current = root;
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (current[names[i]] is not JsonObject child)
            {
                child = new JsonObject();
                current[names[i]] = child;
            }

            current = child;
        }

        current[names[^1]] = value;
    }

    /// <summary>Sets <paramref name="path"/> to <paramref name="value"/> unless it is null.</summary>
    public static void SetIfAny(JsonObject root, string path, string? value)
    {
        if (value is not null)
        {
            Set(root, path, value);
        }
    }

    /// <summary>Sets <paramref name="path"/> to the integer <paramref name="value"/> holds, unless it is null or not one.</summary>
    public static void SetInteger(JsonObject root, string path, string? value)
    {
        if (value is not null && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            Set(root, path, integer);
        }
    }

    /// <summary>Sets <paramref name="path"/> to the list of the distinct non-null <paramref name="values"/>, in order, when there is one.</summary>
    public static void SetDistinct(JsonObject root, string path, params string?[] values)
    {
        var list = new JsonArray();
        var seen = new List<string>();
        foreach (var value in values)
        {
            if (value is not null && !seen.Contains(value))
            {
                seen.Add(value);
                list.Add(value);
            }
        }

        if (list.Count > 0)
        {
            Set(root, path, list);
        }
    }

    /// <summary>Whether <paramref name="text"/> is an IP address (the pipelines' <c>is_ipaddress</c>).</summary>
    public static bool IsIp(string text) => IpAddressText.IsIpAddress(Encoding.UTF8.GetBytes(text));

    /// <summary>The string at <c>parent.child</c>, or null when it is absent or not a string.</summary>
    public static string? StringAt(JsonObject root, string parent, string child)
        => root[parent] is JsonObject o && o[child] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
