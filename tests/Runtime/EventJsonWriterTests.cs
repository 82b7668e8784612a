using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// The generated datasets' writer against the reference it replaces: <see cref="Utf8JsonWriter"/> with the session's
/// options (skip validation, relaxed escaping) must write the same bytes, or fail the same way, for any sequence of
/// properties and any value bytes.
/// </summary>
public sealed class EventJsonWriterTests
{
    private static readonly JsonWriterOptions ReferenceOptions = new()
    {
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Every_single_byte_string_is_written_as_the_reference_writes_it()
    {
        for (var value = 0; value < 256; value++)
        {
            var bytes = new[] { (byte)'a', (byte)value, (byte)'z' };
            AssertSameAsReference([new Op(OpKind.String, "n", bytes), new Op(OpKind.SpreadName, "", bytes), new Op(OpKind.Boolean, "", [1])]);
        }
    }

    [Fact]
    public void Names_with_characters_the_encoder_escapes_are_encoded_as_the_reference_does()
    {
        foreach (var name in new[] { "@timestamp", "a\"b", "tab\there", "é", "\u2028", "<script>" })
        {
            AssertSameAsReference([new Op(OpKind.Open, name, []), new Op(OpKind.String, name, "v"u8.ToArray()), new Op(OpKind.Close, "", [])]);
        }
    }

    [Theory]
    [InlineData("12")]
    [InlineData("-7")]
    [InlineData("0123")]
    [InlineData("+5")]
    [InlineData("1.")]
    public void Checked_raw_numbers_pass_or_throw_as_the_reference(string text)
        => AssertSameAsReference([new Op(OpKind.CheckedRaw, "n", Encoding.UTF8.GetBytes(text))]);

    [Theory]
    [InlineData(1.5)]
    [InlineData(1e300)]
    [InlineData(-0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Doubles_are_formatted_or_refused_as_the_reference(double value)
        => AssertSameAsReference([new Op(OpKind.Double, "d", BitConverter.GetBytes(value))]);

    [Fact]
    public void Any_sequence_of_properties_is_written_as_the_reference_writes_it()
    {
        var value = Gen.OneOf(
            Gen.Byte.Array[0, 24],
            Gen.Char['\u0020', '\u007e'].Array[0, 24].Select(chars => Encoding.UTF8.GetBytes(new string(chars))),
            Gen.OneOf(Gen.Const("é"), Gen.Const("\"q\""), Gen.Const("a\\b"), Gen.Const("\n\t"), Gen.Const("\u2028"), Gen.Const("日本"), Gen.Const("\U0001F600"), Gen.Const("Équipe IT"), Gen.Const("CORP\\"))
                .Array[1, 4].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))));
        var op = Gen.Select(Gen.Enum<OpKind>(), Gen.OneOf(Gen.Const("a"), Gen.Const("b.c"), Gen.Const("@timestamp")), value, (kind, name, bytes) => new Op(kind, name, bytes));
        op.Array[0, 30].Sample(AssertSameAsReference, iter: 3000);
    }

    [Fact]
    public void An_empty_raw_value_is_refused_as_the_reference_refuses_it()
    {
        using var reference = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), ReferenceOptions);
        reference.WriteStartObject();
        reference.WritePropertyName("n");
        Assert.Throws<ArgumentException>(() => reference.WriteRawValue(ReadOnlySpan<byte>.Empty, skipInputValidation: true));

        var writer = new EventJsonWriter();
        writer.WriteStartObject();
        Assert.Throws<ArgumentException>(() => writer.WriteRaw(JsonName.Of("n"), ReadOnlySpan<byte>.Empty));
        Assert.Throws<ArgumentException>(() => writer.WriteRawValue(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void A_session_stages_pipeline_output_written_through_its_general_writer()
    {
        var session = new EventSession();
        session.Begin(default, null);
        session.Writer.WriteStartObject();
        session.Writer.WriteString("a", new string('x', 10_000));
        session.Writer.WriteEndObject();

        var written = Encoding.UTF8.GetString(session.Complete());

        Assert.Equal("{\"a\":\"" + new string('x', 10_000) + "\"}", written);
    }

    private static void AssertSameAsReference(Op[] ops)
    {
        var (expected, expectedError) = Run(() =>
        {
            var buffer = new ArrayBufferWriter<byte>();
            using var reference = new Utf8JsonWriter(buffer, ReferenceOptions);
            reference.WriteStartObject();
            var depth = 0;
            foreach (var op in ops)
            {
                ApplyToReference(reference, op, ref depth);
            }

            CloseAll(depth, reference.WriteEndObject);
            reference.WriteEndObject();
            reference.Flush();
            return buffer.WrittenSpan.ToArray();
        });
        var (actual, actualError) = Run(() =>
        {
            var writer = new EventJsonWriter();
            writer.WriteStartObject();
            var depth = 0;
            foreach (var op in ops)
            {
                Apply(writer, op, ref depth);
            }

            CloseAll(depth, writer.WriteEndObject);
            writer.WriteEndObject();
            return writer.WrittenSpan.ToArray();
        });

        Assert.Equal(expectedError, actualError);
        if (expectedError is null)
        {
            Assert.Equal(Encoding.UTF8.GetString(expected!), Encoding.UTF8.GetString(actual!));
            Assert.Equal(expected, actual);
        }
    }

    private static (byte[]? Output, Type? Error) Run(Func<byte[]> write)
    {
        try
        {
            return (write(), null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or JsonException)
        {
            return (null, e.GetType());
        }
    }

    private static void ApplyToReference(Utf8JsonWriter writer, Op op, ref int depth)
    {
        var name = JsonEncodedText.Encode(op.Name, ReferenceOptions.Encoder);
        switch (op.Kind)
        {
            case OpKind.Open:
                writer.WriteStartObject(name);
                depth++;
                break;
            case OpKind.Close when depth > 0:
                writer.WriteEndObject();
                depth--;
                break;
            case OpKind.String:
                writer.WriteString(name, op.Bytes);
                break;
            case OpKind.Encoded:
                writer.WriteString(name, JsonEncodedText.Encode(op.Bytes, ReferenceOptions.Encoder));
                break;
            case OpKind.Long:
                writer.WriteNumber(name, op.Bytes.Length * -1_000_000_007L);
                break;
            case OpKind.Double:
                writer.WritePropertyName(name);
                writer.WriteNumberValue(AsDouble(op.Bytes));
                break;
            case OpKind.Boolean:
                writer.WriteBoolean(name, op.Bytes.Length % 2 == 1);
                break;
            case OpKind.Raw:
                writer.WritePropertyName(name);
                writer.WriteRawValue(ConstantList(op.Bytes), skipInputValidation: true);
                break;
            case OpKind.CheckedRaw:
                writer.WritePropertyName(name);
                writer.WriteRawValue(op.Bytes, skipInputValidation: false);
                break;
            case OpKind.StringList:
                writer.WriteStartArray(name);
                writer.WriteStringValue(op.Bytes);
                writer.WriteNumberValue(op.Bytes.LongLength);
                writer.WriteBooleanValue(false);
                writer.WriteStringValue(op.Bytes);
                writer.WriteEndArray();
                break;
            case OpKind.SpreadName:
                writer.WritePropertyName(op.Bytes);
                writer.WriteStringValue(op.Bytes);
                break;
        }
    }

    private static void Apply(EventJsonWriter writer, Op op, ref int depth)
    {
        var name = JsonName.Of(op.Name);
        switch (op.Kind)
        {
            case OpKind.Open:
                writer.WriteStartObject(name);
                depth++;
                break;
            case OpKind.Close when depth > 0:
                writer.WriteEndObject();
                depth--;
                break;
            case OpKind.String:
                writer.WriteString(name, op.Bytes);
                break;
            case OpKind.Encoded:
                writer.WriteString(name, JsonEncodedText.Encode(op.Bytes, ReferenceOptions.Encoder));
                break;
            case OpKind.Long:
                writer.WriteNumber(name, op.Bytes.Length * -1_000_000_007L);
                break;
            case OpKind.Double:
                writer.WritePropertyName(name);
                writer.WriteNumberValue(AsDouble(op.Bytes));
                break;
            case OpKind.Boolean:
                writer.WriteBoolean(name, op.Bytes.Length % 2 == 1);
                break;
            case OpKind.Raw:
                writer.WriteRaw(name, ConstantList(op.Bytes));
                break;
            case OpKind.CheckedRaw:
                writer.WritePropertyName(name);
                writer.WriteCheckedRawValue(op.Bytes);
                break;
            case OpKind.StringList:
                writer.WriteStartArray(name);
                writer.WriteStringValue(op.Bytes);
                writer.WriteNumberValue(op.Bytes.LongLength);
                writer.WriteBooleanValue(false);
                writer.WriteStringValue(op.Bytes);
                writer.WriteEndArray();
                break;
            case OpKind.SpreadName:
                writer.WritePropertyName(op.Bytes);
                writer.WriteStringValue(op.Bytes);
                break;
        }
    }

    private static void CloseAll(int depth, Action endObject)
    {
        for (var i = 0; i < depth; i++)
        {
            endObject();
        }
    }

    private static double AsDouble(byte[] bytes) => bytes.Length >= 8 ? BitConverter.ToDouble(bytes) : bytes.Length / 3.0;

    /// <summary>A constant list as the generated datasets pre-encode it, from the value's text when it can be one.</summary>
    private static byte[] ConstantList(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return ConstantJson.List(text, "info");
    }

    public enum OpKind
    {
        Open,
        Close,
        String,
        Encoded,
        Long,
        Double,
        Boolean,
        Raw,
        CheckedRaw,
        StringList,
        SpreadName,
    }

    public readonly record struct Op(OpKind Kind, string Name, byte[] Bytes)
    {
        public override string ToString() => $"{Kind} {Name} [{string.Join(",", Bytes.Select(b => b.ToString("x2")))}]";
    }
}
