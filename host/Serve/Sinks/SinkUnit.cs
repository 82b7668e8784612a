using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>
/// Writes lines to one or two sinks as a single unit: every sink gets all its lines, or, when one write fails, every
/// sink is rolled back. Sinks are taken in name order, so two units over the same pair of sinks cannot deadlock.
/// </summary>
public static class SinkUnit
{
    /// <summary>Appends lines to one sink, all or nothing.</summary>
    /// <exception cref="SinkWriteException">The sink failed; nothing of <paramref name="lines"/> is left in it.</exception>
    public static void Append(ILineSink sink, ReadOnlySpan<byte> lines)
    {
        if (lines.IsEmpty)
        {
            return;
        }

        var block = lines.ToArray();
        Write([(sink, [block])]);
    }

    /// <summary>Writes each sink's blocks; a sink named twice gets the blocks of both, in one unit.</summary>
    /// <exception cref="SinkWriteException">A sink failed; nothing of the unit is left in any of them.</exception>
    public static void Write(IReadOnlyList<(ILineSink Sink, IReadOnlyList<ReadOnlyMemory<byte>> Blocks)> writes)
    {
        var units = writes
            .Where(w => w.Blocks.Any(b => !b.IsEmpty))
            .GroupBy(w => w.Sink)
            .Select(g => (Sink: g.Key, Blocks: g.SelectMany(w => w.Blocks).ToList()))
            .OrderBy(u => u.Sink.Name, StringComparer.Ordinal)
            .ToList();
        var begun = new List<ILineSink>(units.Count);
        ILineSink? current = null;
        try
        {
            foreach (var (sink, blocks) in units)
            {
                current = sink;
                sink.Begin(blocks.Sum(b => (long)b.Length));
                begun.Add(sink);
            }

            foreach (var (sink, blocks) in units)
            {
                current = sink;
                foreach (var block in blocks)
                {
                    sink.Write(block.Span);
                }
            }

            foreach (var (sink, _) in units)
            {
                current = sink;
                sink.Flush();
            }
        }
        catch (Exception e) when (SinkWriteException.IsSinkFailure(e))
        {
            RollBack(begun);
            throw new SinkWriteException(current!.Name, e);
        }
        finally
        {
            for (var i = begun.Count - 1; i >= 0; i--)
            {
                begun[i].End();
            }
        }
    }

    private static void RollBack(List<ILineSink> begun)
    {
        foreach (var sink in begun)
        {
            try
            {
                sink.RollBack();
            }
            catch (Exception e) when (SinkWriteException.IsSinkFailure(e))
            {
                // The sink reopens and repairs its file on its next unit (a torn tail moves to its .torn file).
            }
        }
    }
}
