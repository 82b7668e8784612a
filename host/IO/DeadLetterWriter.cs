using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EcsForge.Parsing;

namespace EcsForge.Host.IO;

/// <summary>
/// Writes failed events as NDJSON records keeping the original bytes: the line as text when it is UTF-8, else base64.
/// The stream is opened on the first failure so that a clean run leaves no file behind; it is disposed with this writer.
/// </summary>
public sealed class DeadLetterWriter : IDisposable
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Keeps messages readable in the file; the output is still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Func<Stream> _open;
    private readonly string _formatSlug;
    private readonly ArrayBufferWriter<byte> _record = new(4096);
    private readonly Utf8JsonWriter _writer;
    private Stream? _stream;

    public DeadLetterWriter(Func<Stream> open, string formatSlug)
    {
        _open = open;
        _formatSlug = formatSlug;
        _writer = new Utf8JsonWriter(_record, s_options);
    }

    public long Count { get; private set; }

    /// <param name="line">The input line without its line terminator.</param>
    public void Write(in ParseResult result, long lineNumber, ReadOnlySpan<byte> line)
    {
        _record.ResetWrittenCount();
        _writer.Reset(_record);
        _writer.WriteStartObject();
        _writer.WriteString("reason", result.Reason);
        _writer.WriteString("failure", result.Failure.ToString());
        _writer.WriteString("format", _formatSlug);
        _writer.WriteNumber("line", lineNumber);
        if (Utf8.IsValid(line))
        {
            _writer.WriteString("message", line);
        }
        else
        {
            _writer.WriteBase64String("message_base64", line);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        _record.GetSpan(1)[0] = (byte)'\n';
        _record.Advance(1);

        _stream ??= _open();
        _stream.Write(_record.WrittenSpan);
        Count++;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream?.Dispose();
    }
}
