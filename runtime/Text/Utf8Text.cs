using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EcsForge.Text;

/// <summary>UTF-8 validation of messages that are mostly ASCII, as log lines are.</summary>
public static class Utf8Text
{
    /// <summary>
    /// Whether the bytes are valid UTF-8, as <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/> says. The vectorized search
    /// for the next non-ASCII byte runs between sequences, so a line with an accented name in it costs about what an ASCII
    /// one does, where the general validator walks the rest of the line from the first such byte; a run of non-ASCII
    /// text is handed to the general validator.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<byte> text)
    {
        while (true)
        {
            var next = text.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0)
            {
                return true;
            }

            text = text[next..];
            if (Rune.DecodeFromUtf8(text, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            text = text[consumed..];
            if (!text.IsEmpty && text[0] >= 0x80)
            {
                return Utf8.IsValid(text);
            }
        }
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence (the length when there is none).</summary>
    public static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length && Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        return offset;
    }
}
