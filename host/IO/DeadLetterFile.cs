using System.IO;

namespace EcsForge.Host.IO;

/// <summary>
/// The dead-letter file of a <c>parse</c> run, opened for appending before any input is read: a wrong path fails at
/// once, and earlier runs' records are never overwritten. A file this run created and never wrote to is removed, so a
/// clean run leaves nothing behind.
/// </summary>
public sealed class DeadLetterFile
{
    private readonly FileStream _stream;
    private readonly bool _created;
    private bool _taken;

    private DeadLetterFile(string path, FileStream stream, bool created)
    {
        Path = path;
        _stream = stream;
        _created = created;
    }

    public string Path { get; }

    public static DeadLetterFile Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"'{fullPath}' is a directory");
        }

        var existed = File.Exists(fullPath);
        var stream = new FileStream(fullPath, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 64 * 1024);
        return new DeadLetterFile(fullPath, stream, created: !existed);
    }

    /// <summary>The stream, for the dead-letter writer to take on the first failure (it disposes it).</summary>
    public Stream Take()
    {
        _taken = true;
        return _stream;
    }

    public void Close()
    {
        _stream.Dispose();
        if (_created && !_taken)
        {
            File.Delete(Path);
        }
    }
}
