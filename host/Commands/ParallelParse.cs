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
/// <c>parse</c>: a reader thread cuts the input into blocks of whole lines (<see cref="InputBlockReader"/>), N worker
/// threads split and parse them (one by default), and a writer thread puts their output back in input order, with the
/// failures in the dead-letter stream. Parsing never waits for a read or a write, so one worker parses as fast as the
/// parser does in a warm process. Bounded channels keep memory flat: a slow writer holds the reader back.
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
        var pending = Channel.CreateBounded<InputBlock>(new BoundedChannelOptions(threads * 2) { SingleWriter = true });
        var parsed = Channel.CreateBounded<InputBlock>(new BoundedChannelOptions(threads * 2) { SingleReader = true });
        var spare = new ConcurrentBag<InputBlock>();
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

        try
        {
            ReadBlocks(input, pending.Writer, spare, stop, counters);
            pending.Writer.Complete();
        }
        catch (ChannelClosedException) when (writer.IsFaulted)
        {
            // The writer's exception is rethrown below.
        }

        var (lines, written, failed, skipped) = writer.GetAwaiter().GetResult();
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

    private static void ReadBlocks(
        Stream input, ChannelWriter<InputBlock> pending, ConcurrentBag<InputBlock> spare, CancellationToken stop, ParseCounters? counters)
    {
        var reader = new InputBlockReader(input);
        long sequence = 0;
        var block = Take(spare);
        while (!stop.IsCancellationRequested && reader.TryRead(block, out var newlines))
        {
            counters?.Read(newlines, reader.BytesRead);
            block.Sequence = sequence++;
            Post(pending, block);
            block = Take(spare);
        }
    }

    private static void Work(IntakeRouter router, IntakeFormat format, ChannelReader<InputBlock> pending, ChannelWriter<InputBlock> parsed)
    {
        while (TryTake(pending, out var block))
        {
            Parse(router, format, block);
            Post(parsed, block);
        }
    }

    private static void Parse(IntakeRouter router, IntakeFormat format, InputBlock block)
    {
        var bytes = block.Bytes;
        var index = 0;
        for (var start = 0; start < bytes.Length; index++)
        {
            var newline = bytes[start..].IndexOf((byte)'\n');
            var length = newline < 0 ? bytes.Length - start : newline;
            var line = bytes.Slice(start, length);
            if (ParseCommand.IsBlank(line))
            {
                block.Skipped++;
            }
            else if (router.Parse(format, line, block.Output) is var result && result.Success)
            {
                block.Output.GetSpan(1)[0] = (byte)'\n';
                block.Output.Advance(1);
                block.Parsed++;
            }
            else
            {
                block.Failures.Add((index, start, length, result));
            }

            start += length + 1;
        }

        block.Lines = index;
    }

    private static (long Lines, long Written, long Failed, long Skipped) WriteInOrder(
        ChannelReader<InputBlock> parsed, Stream output, Func<Stream> openDeadLetter, string slug, ConcurrentBag<InputBlock> spare)
    {
        using var deadLetters = new DeadLetterWriter(openDeadLetter, slug);
        var early = new Dictionary<long, InputBlock>();
        long next = 0;
        long lines = 0;
        long written = 0;
        long skipped = 0;
        while (TryTake(parsed, out var block))
        {
            early.Add(block.Sequence, block);
            while (early.Remove(next, out var ready))
            {
                output.Write(ready.Output.WrittenSpan);
                foreach (var (index, start, length, result) in ready.Failures)
                {
                    deadLetters.Write(result, lines + index + 1, ParseCommand.WithoutCarriageReturn(ready.Bytes.Slice(start, length)));
                }

                lines += ready.Lines;
                written += ready.Parsed;
                skipped += ready.Skipped;
                next++;
                spare.Add(ready);
            }
        }

        output.Flush();
        return (lines, written, deadLetters.Count, skipped);
    }

    private static void Post(ChannelWriter<InputBlock> channel, InputBlock block)
    {
        // Every stage runs on a thread of its own: block on the bounded channel instead of spinning.
        if (!channel.TryWrite(block))
        {
            channel.WriteAsync(block).AsTask().GetAwaiter().GetResult();
        }
    }

    private static InputBlock Take(ConcurrentBag<InputBlock> spare) => spare.TryTake(out var block) ? block : new InputBlock();
}
