using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// An NDJSON file rotated by size: the live file is <c>events.ndjson</c>; before a unit would take it past the
/// rotation size it is renamed <c>events.N.ndjson</c>, N one more than the last rotated file, so higher numbers are
/// newer and no file is ever renamed twice. A restart appends to the live file and goes on numbering.
/// A unit is written whole or not at all: a failed one is truncated away. A file deleted or moved away by someone
/// else is noticed before the next unit and a new one is opened, and a partial last record (a crash mid-write) is
/// moved to <c>events.ndjson.torn</c> when the file is opened, so it cannot swallow the next record.
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
    private readonly bool _fsync;
    private FileStream _stream;
    private long _size;
    private long _unitStart;
    private int _lastRotated;

    /// <summary>Deleting a large file can take long (discard on ext4): it is done off the write path, one at a time.</summary>
    private Task _deletions = Task.CompletedTask;

    /// <param name="keepFiles">Rotated files to keep, the oldest deleted first; null keeps all.</param>
    /// <param name="fsync">Each unit reaches the disk (fsync) before it is acknowledged, not only the operating system.</param>
    public RotatingFileSink(string name, string path, long rotateBytes, int? keepFiles, bool fsync = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rotateBytes, 1);
        Name = name;
        _path = Path.GetFullPath(path);
        _directory = Path.GetDirectoryName(_path)!;
        _stem = Path.GetFileNameWithoutExtension(_path);
        _extension = Path.GetExtension(_path);
        _rotateBytes = rotateBytes;
        _keepFiles = keepFiles;
        _fsync = fsync;
        Directory.CreateDirectory(_directory);
        _lastRotated = RotatedIndices().DefaultIfEmpty(0).Max();
        _stream = Open();
    }

    public string Name { get; }

    /// <summary>Where a partial last record found at opening is moved.</summary>
    public string TornPath => _path + ".torn";

    public void Begin(long bytes)
    {
        _gate.Enter();
        try
        {
            if (!StillAtPath())
            {
                Reopen();
            }

            // A unit stays in one file: only a unit larger than the limit, alone in a fresh file, makes a file exceed it.
            if (_size > 0 && _size + bytes > _rotateBytes)
            {
                Rotate();
            }

            _unitStart = _size;
        }
        catch
        {
            _gate.Exit();
            throw;
        }
    }

    public void Write(ReadOnlySpan<byte> lines)
    {
        _stream.Write(lines);
        _size += lines.Length;
    }

    public void Flush() => _stream.Flush(flushToDisk: _fsync);

    public void RollBack()
    {
        _size = _unitStart;
        _stream.SetLength(_unitStart);
        _stream.Position = _unitStart;
    }

    public void End() => _gate.Exit();

    /// <summary>Appends lines as one unit (see <see cref="SinkUnit"/>).</summary>
    public void Append(ReadOnlySpan<byte> lines) => SinkUnit.Append(this, lines);

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
            // Even when the rename failed, the sink keeps a usable file (and tries rotating again on the next unit).
            _stream = Open();
        }
    }

    private void Reopen()
    {
        _stream.Dispose();
        _stream = Open();
    }

    /// <summary>
    /// Whether the open file is still the one at the sink's path, by its identity (inode) as the kernel reports it
    /// through <c>/proc/self/fd</c>: "(deleted)" or another path means it was deleted, or rotated away by another tool.
    /// Where there is no /proc, the file is assumed in place.
    /// </summary>
    private bool StillAtPath()
    {
        var link = "/proc/self/fd/" + _stream.SafeFileHandle.DangerousGetHandle().ToString(CultureInfo.InvariantCulture);
        try
        {
            var target = File.ResolveLinkTarget(link, returnFinalTarget: false);
            return target is null || target.FullName == _path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
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

    /// <summary>Opens the live file at its end, after moving a torn last record (one without its newline) to <see cref="TornPath"/>.</summary>
    private FileStream Open()
    {
        // No FileStream buffer: workers hand over large blocks, and each must reach the OS before the unit is flushed.
        // Not opened in append mode, which would forbid truncating a failed unit below the length at opening.
        var stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, bufferSize: 0);
        try
        {
            var complete = CompleteLength(stream);
            if (complete < stream.Length)
            {
                MoveTornTail(stream, complete);
            }

            _size = stream.Length;
            stream.Position = _size;
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The length up to and including the last '\n'.</summary>
    private static long CompleteLength(FileStream stream)
    {
        var block = new byte[64 * 1024];
        var end = stream.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - block.Length);
            var length = (int)(end - start);
            stream.Position = start;
            stream.ReadExactly(block, 0, length);
            var newline = block.AsSpan(0, length).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return start + newline + 1;
            }

            end = start;
        }

        return 0;
    }

    private void MoveTornTail(FileStream stream, long complete)
    {
        using (var torn = new FileStream(TornPath, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            stream.Position = complete;
            stream.CopyTo(torn);
            // One torn record per line in the .torn file, however it was cut.
            torn.WriteByte((byte)'\n');
            torn.Flush(flushToDisk: true);
        }

        stream.SetLength(complete);
    }

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
