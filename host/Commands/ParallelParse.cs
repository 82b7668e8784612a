using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.IO;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary>
/// <c>parse</c>: a reader thread cuts the input into blocks of whole lines (<see cref="InputBlockReader"/>), N worker
/// threads split and parse them (one by default), and a writer thread puts their output back in input order, with the
/// failures in the dead-letter stream. Parsing never waits for a read or a write, so one worker parses as fast as the
/// parser does in a warm process. Bounded queues keep memory flat: a slow writer holds the reader back.
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
        // Blocking queues between threads of their own: a stage that waits sleeps on the queue, with no thread-pool
        // continuation to wake it (a thread-pool thread spins for more work after each, taking CPU from the workers).
        // Not disposed: after a failed write, the continuation below may still be closing them when this returns.
        var pending = new BlockingCollection<InputBlock>(threads * 2);
        var parsed = new BlockingCollection<InputBlock>(threads * 2);
        var spare = new ConcurrentBag<InputBlock>();
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
        {
            workers[i] = OnOwnThread(() => Work(router, format, pending, parsed));
        }

        var allParsed = Task.WhenAll(workers).ContinueWith(_ => parsed.CompleteAdding(), TaskScheduler.Default);
        var writer = OnOwnThread(() => WriteInOrder(parsed, output, openDeadLetter, format.Slug, spare, counters));

        // A failed write (disk full) must not leave the reader and workers blocked on full queues: close them.
        writer.ContinueWith(
            _ =>
            {
                parsed.CompleteAdding();
                pending.CompleteAdding();
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);

        try
        {
            ReadBlocks(input, pending, spare, stop);
            pending.CompleteAdding();
        }
        catch (InvalidOperationException) when (writer.IsFaulted)
        {
            // The queue was closed under the reader; the writer's exception is rethrown below.
        }

        var (lines, written, failed, skipped) = writer.GetAwaiter().GetResult();
        allParsed.GetAwaiter().GetResult();
        // A worker that failed is reported after the writer (whose own failure comes first).
        Task.WhenAll(workers).GetAwaiter().GetResult();
        return new ParseStats(lines, written, failed, skipped, stopwatch.Elapsed);
    }

    private static Task OnOwnThread(Action body) => Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static Task<T> OnOwnThread<T>(Func<T> body) => Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void ReadBlocks(
        Stream input, BlockingCollection<InputBlock> pending, ConcurrentBag<InputBlock> spare, CancellationToken stop)
    {
        var reader = new InputBlockReader(input);
        long sequence = 0;
        var block = Take(spare);
        while (!stop.IsCancellationRequested && reader.TryRead(block))
        {
            block.Sequence = sequence++;
            pending.Add(block);
            block = Take(spare);
        }
    }

    private static void Work(IntakeRouter router, IntakeFormat format, BlockingCollection<InputBlock> pending, BlockingCollection<InputBlock> parsed)
    {
        foreach (var block in pending.GetConsumingEnumerable())
        {
            Parse(router, format, block);
            parsed.Add(block);
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
        BlockingCollection<InputBlock> parsed, Stream output, Func<Stream> openDeadLetter, string slug, ConcurrentBag<InputBlock> spare, ParseCounters? counters)
    {
        using var deadLetters = new DeadLetterWriter(openDeadLetter, slug);
        var early = new Dictionary<long, InputBlock>();
        long next = 0;
        long lines = 0;
        long written = 0;
        long skipped = 0;
        foreach (var block in parsed.GetConsumingEnumerable())
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
                counters?.Add(ready.Lines, ready.Length);
                written += ready.Parsed;
                skipped += ready.Skipped;
                next++;
                spare.Add(ready);
            }
        }

        output.Flush();
        return (lines, written, deadLetters.Count, skipped);
    }

    private static InputBlock Take(ConcurrentBag<InputBlock> spare) => spare.TryTake(out var block) ? block : new InputBlock();
}
