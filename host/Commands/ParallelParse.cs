using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using EcsForge.Host.IO;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>parse --threads N</c>: the reader cuts the input into batches of lines, N workers parse them, and the writer puts
/// their output back in input order. Bounded channels keep memory flat: a slow writer holds the reader back.
/// </summary>
public static class ParallelParse
{
    public static ParseStats Execute(
        IntakeRouter router,
        IntakeFormat format,
        Stream input,
        Stream output,
        Func<Stream> openDeadLetter,
        int threads,
        CancellationToken stop = default,
        ParseCounters? counters = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var pending = Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var parsed = Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(threads * 2) { SingleReader = true });
        var spare = new ConcurrentBag<LineBatch>();
        // Threads of their own that block while idle: thread-pool threads would spin for work between batches, taking
        // CPU time from the other workers on a machine with as many cores as workers.
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = OnOwnThread(() => Work(router, format, pending.Reader, parsed.Writer));
        }

        var allParsed = Task.WhenAll(workers).ContinueWith(task => parsed.Writer.Complete(task.Exception), TaskScheduler.Default);
        var writer = OnOwnThread(() => WriteInOrder(parsed.Reader, output, openDeadLetter, format.Slug, spare));

        // A failed write (disk full) must not leave the reader and workers blocked on full channels: close them.
        writer.ContinueWith(
            task =>
            {
                parsed.Writer.TryComplete(task.Exception);
                pending.Writer.TryComplete(task.Exception);
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);

        long lines;
        try
        {
            lines = ReadBatches(input, pending.Writer, spare, stop, counters);
            pending.Writer.Complete();
        }
        catch (ChannelClosedException) when (writer.IsFaulted)
        {
            lines = 0;
        }

        var (written, failed, skipped) = writer.GetAwaiter().GetResult();
        allParsed.GetAwaiter().GetResult();
        return new ParseStats(lines, written, failed, skipped, stopwatch.Elapsed);
    }

    private static Task OnOwnThread(Action body) => Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task<T> OnOwnThread<T>(Func<T> body) => Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The next item, blocking this (dedicated) thread while there is none; false once the channel is completed.</summary>
    private static bool TryTake<T>(ChannelReader<T> reader, out T item)
    {
        while (!reader.TryRead(out item!))
        {
            if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                return false;
            }
        }

        return true;
    }

    private static long ReadBatches(
        Stream input, ChannelWriter<LineBatch> pending, ConcurrentBag<LineBatch> spare, CancellationToken stop, ParseCounters? counters)
    {
        using var reader = new LineReader(input);
        long lineNumber = 0;
        long sequence = 0;
        var batch = Take(spare);
        batch.Start(sequence++, 1);
        while (!stop.IsCancellationRequested && reader.TryReadLine(out var line))
        {
            lineNumber++;
            counters?.Line(line.Length);
            batch.Add(line);
            if (batch.IsFull)
            {
                Post(pending, batch);
                batch = Take(spare);
                batch.Start(sequence++, lineNumber + 1);
            }
        }

        if (batch.Lines.Count > 0)
        {
            Post(pending, batch);
        }

        return lineNumber;
    }

    private static void Work(IntakeRouter router, IntakeFormat format, ChannelReader<LineBatch> pending, ChannelWriter<LineBatch> parsed)
    {
        while (TryTake(pending, out var batch))
        {
            for (var i = 0; i < batch.Lines.Count; i++)
            {
                if (ParseCommand.IsBlank(batch.Line(i)))
                {
                    batch.Skipped++;
                    continue;
                }

                var result = router.Parse(format, batch.Line(i), batch.Output);
                if (result.Success)
                {
                    batch.Output.GetSpan(1)[0] = (byte)'\n';
                    batch.Output.Advance(1);
                    batch.Parsed++;
                }
                else
                {
                    batch.Failures.Add((i, result));
                }
            }

            Post(parsed, batch);
        }
    }

    private static (long Written, long Failed, long Skipped) WriteInOrder(
        ChannelReader<LineBatch> parsed, Stream output, Func<Stream> openDeadLetter, string slug, ConcurrentBag<LineBatch> spare)
    {
        using var deadLetters = new DeadLetterWriter(openDeadLetter, slug);
        var early = new Dictionary<long, LineBatch>();
        long next = 0;
        long written = 0;
        long skipped = 0;
        while (TryTake(parsed, out var batch))
        {
            early.Add(batch.Sequence, batch);
            while (early.Remove(next, out var ready))
            {
                output.Write(ready.Output.WrittenSpan);
                foreach (var (line, result) in ready.Failures)
                {
                    deadLetters.Write(result, ready.FirstLineNumber + line, ParseCommand.WithoutCarriageReturn(ready.Line(line)));
                }

                written += ready.Parsed;
                skipped += ready.Skipped;
                next++;
                spare.Add(ready);
            }
        }

        output.Flush();
        return (written, deadLetters.Count, skipped);
    }

    private static void Post(ChannelWriter<LineBatch> channel, LineBatch batch)
    {
        // Every stage runs on a thread of its own: block on the bounded channel instead of spinning.
        if (!channel.TryWrite(batch))
        {
            channel.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
        }
    }

    private static LineBatch Take(ConcurrentBag<LineBatch> spare) => spare.TryTake(out var batch) ? batch : new LineBatch();
}
