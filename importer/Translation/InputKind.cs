using System.Collections.Generic;

namespace EcsForge.Importer.Translation;

/// <summary>What a format's pipeline parses its input as, judged from the parsing stages it uses.</summary>
public enum InputKind
{
    Json,
    SyslogGrok,
    KeyValue,
    Cef,
    Leef,
    Csv,
    Xml,
    Mixed,
    Other,
}

public static class InputKinds
{
    /// <summary>The kind of a pipeline from its external stage names; <c>date.parse</c> parses no input and does not count.</summary>
    public static InputKind Classify(IEnumerable<string> externalStages)
    {
        var kinds = new HashSet<InputKind>();
        foreach (var stage in externalStages)
        {
            InputKind? kind = stage switch
            {
                "json.parse-json" => InputKind.Json,
                "grok.match" or "grok.case_match" => InputKind.SyslogGrok,
                "kv.parse-kv" => InputKind.KeyValue,
                "cef.parse-cef" => InputKind.Cef,
                "leef.parse-leef" => InputKind.Leef,
                "dsv.parse-dsv" => InputKind.Csv,
                "xml.parse-xml" or "xml.parse-windows-event" => InputKind.Xml,
                _ => null,
            };
            if (kind is { } known)
            {
                kinds.Add(known);
            }
        }

        return kinds.Count switch
        {
            0 => InputKind.Other,
            1 => First(kinds),
            _ => InputKind.Mixed,
        };
    }

    public static string Label(InputKind kind) => kind switch
    {
        InputKind.Json => "JSON",
        InputKind.SyslogGrok => "syslog+grok",
        InputKind.KeyValue => "key=value",
        InputKind.Cef => "CEF",
        InputKind.Leef => "LEEF",
        InputKind.Csv => "CSV",
        InputKind.Xml => "XML",
        InputKind.Mixed => "mixed",
        _ => "other",
    };

    private static InputKind First(HashSet<InputKind> kinds)
    {
        foreach (var kind in kinds)
        {
            return kind;
        }

        return InputKind.Other;
    }
}
