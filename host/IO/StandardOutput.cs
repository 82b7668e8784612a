using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace EcsForge.Host.IO;

/// <summary>
/// stdout for the event stream. Console.OpenStandardOutput ignores EPIPE, so `parse | head -1` would read and parse the
/// whole input into a closed pipe: on a pipe (or terminal) stdout is a plain file stream, which reports the broken pipe
/// as an IOException. A regular file keeps the console stream, whose writes share the file offset with stderr (a file
/// stream would write at offsets of its own and overwrite what `2>&1` put there).
/// </summary>
public static class StandardOutput
{
    private const int BrokenPipe = 32; // EPIPE

    public static Stream Open()
    {
        var file = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!file.CanSeek)
        {
            return file;
        }

        file.Dispose();
        return Console.OpenStandardOutput();
    }

    public static bool IsBrokenPipe(IOException e)
        => (e.HResult & 0xFFFF) == BrokenPipe || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
