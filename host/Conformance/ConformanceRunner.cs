using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsForge.Routing;

namespace EcsForge.Host.Conformance;

/// <summary>Runs one case: routes its input message by the manifest uuid and compares the event with the expected one.</summary>
public static class ConformanceRunner
{
    // A duplicate key is reported as invalid JSON up front instead of failing later inside the comparison.
    private static readonly JsonDocumentOptions s_strict = new() { AllowDuplicateProperties = false };

    public static ConformanceResult Run(IntakeRouter router, ConformanceCase testCase)
    {
        var manifest = testCase.Format.Manifest;
        if (!router.TryGetFormat(manifest.Uuid, out var format))
        {
            return ConformanceResult.Fail(testCase, $"no parser for intake format {manifest.Slug} ({manifest.Uuid})");
        }

        string message;
        byte[] envelope;
        JsonNode? expected;
        try
        {
            (message, envelope, expected) = Load(testCase.FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return ConformanceResult.Fail(testCase, $"cannot read test file {testCase.FilePath}: {e.Message}");
        }

        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse(format, Encoding.UTF8.GetBytes(message), envelope, output);
        if (!result.Success)
        {
            return ConformanceResult.Fail(testCase, $"parse failed ({result.Failure}): {result.Reason}");
        }

        JsonNode? actual;
        try
        {
            actual = JsonNode.Parse(output.WrittenSpan, documentOptions: s_strict);
        }
        catch (JsonException e)
        {
            return ConformanceResult.Fail(testCase, $"the parser wrote invalid JSON: {e.Message}\n{Encoding.UTF8.GetString(output.WrittenSpan)}");
        }

        var differences = EcsJsonComparer.Diff(expected, actual);
        return differences.Count == 0 ? ConformanceResult.Pass(testCase) : ConformanceResult.Mismatch(testCase, differences);
    }

    /// <summary>Reads <c>input.message</c>, the envelope (see <see cref="CaseEnvelope"/>) and <c>expected</c>.</summary>
    private static (string Message, byte[] Envelope, JsonNode? Expected) Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(path), documentOptions: s_strict) as JsonObject
            ?? throw new InvalidDataException("the test file is not a JSON object");
        if (root["input"] is not JsonObject input || input["message"] is not JsonValue messageValue
            || messageValue.GetValueKind() != JsonValueKind.String)
        {
            throw new InvalidDataException("input.message is missing or not a string");
        }

        if (!root.TryGetPropertyValue("expected", out var expected))
        {
            throw new InvalidDataException("expected is missing");
        }

        return (messageValue.GetValue<string>(), CaseEnvelope.From(input), expected);
    }
}
