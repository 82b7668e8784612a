using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// An NDJSON file rotated by size: the live file is <c>events.ndjson</c>; before a write would take it past the
/// rotation size it is renamed <c>events.N.ndjson</c>, N one more than the last rotated file, so higher numbers are
/// newer and no file is ever renamed twice. A restart appends to the live file and goes on numbering.
/// </summary>
public sealed class RotatingFileSink : ILineSink
{
    private readonly Lock _gate = new();
    private readonly string _path;
    private readonly string _directory;
    private readonly string _stem;
    private readonly string _extension;
    private readonly long _rotateBytes;
    private readonly int? _keepFiles;
    private FileStream _stream;
    private long _size;
    private int _lastRotated;

    /// <summary>Deleting a large file can take long (discard on ext4): it is done off the write path, one at a time.</summary>
    private Task _deletions = Task.CompletedTask;

    /// <param name="keepFiles">Rotated files to keep, the oldest deleted first; null keeps all.</param>
    public RotatingFileSink(string name, string path, long rotateBytes, int? keepFiles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rotateBytes, 1);
        Name = name;
        _path = Path.GetFullPath(path);
        _directory = Path.GetDirectoryName(_path)!;
        _stem = Path.GetFileNameWithoutExtension(_path);
        _extension = Path.GetExtension(_path);
        _rotateBytes = rotateBytes;
        _keepFiles = keepFiles;
        Directory.CreateDirectory(_directory);
        _lastRotated = RotatedIndices().DefaultIfEmpty(0).Max();
        _stream = Open();
        _size = _stream.Length;
    }

    public string Name { get; }

    public void Append(ReadOnlySpan<byte> lines)
    {
        lock (_gate)
        {
            // Lines handed over together stay in one file: only a write larger than the limit, alone in a fresh file,
            // makes a file exceed it.
            if (_size > 0 && _size + lines.Length > _rotateBytes)
            {
                Rotate();
            }

            _stream.Write(lines);
            _stream.Flush();
            _size += lines.Length;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Dispose();
            _deletions.GetAwaiter().GetResult();
        }
    }

    private void Rotate()
    {
        _stream.Dispose();
        try
        {
            File.Move(_path, RotatedPath(_lastRotated + 1));
            _lastRotated++;
            if (_keepFiles is { } keep)
            {
                var newestExpired = _lastRotated - keep;
                _deletions = _deletions.ContinueWith(_ => DeleteExpired(newestExpired), TaskScheduler.Default);
            }
        }
        finally
        {
            // Even when the rename failed, the sink keeps a usable file (and tries rotating again on the next write).
            _stream = Open();
            _size = _stream.Length;
        }
    }

    /// <summary>Deletes rotated files from <paramref name="newest"/> down to the first one already gone.</summary>
    private void DeleteExpired(int newest)
    {
        try
        {
            for (var index = newest; index >= 1 && File.Exists(RotatedPath(index)); index--)
            {
                File.Delete(RotatedPath(index));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file stays; the next rotation tries again, as it walks down from its own newest expired file.
        }
    }

    private FileStream Open()
        // No FileStream buffer: workers hand over large blocks, and each must reach the OS before Append returns.
        => new(_path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);

    private string RotatedPath(int index)
        => Path.Combine(_directory, _stem + "." + index.ToString(CultureInfo.InvariantCulture) + _extension);

    private IEnumerable<int> RotatedIndices()
    {
        var prefix = _stem + ".";
        foreach (var file in Directory.EnumerateFiles(_directory, prefix + "*" + _extension))
        {
            var name = Path.GetFileName(file);
            var middle = name.AsSpan(prefix.Length, name.Length - prefix.Length - _extension.Length);
            if (int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0)
            {
                yield return index;
            }
        }
    }
}
