using System;
using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>
/// Follows the chunks of one HTTP batch through the workers. <see cref="Task"/> completes once every chunk submitted
/// before <see cref="Seal"/> is written to its sinks, or faults with the first error (a <see cref="SinkWriteException"/>, usually).
/// </summary>
public sealed class BatchCompletion
{
    private readonly TaskCompletionSource<BatchCounts> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts at one, released by <see cref="Seal"/>, so the batch cannot complete while chunks are still being submitted.</summary>
    private int _pending = 1;
    private int _parsed;
    private int _failed;
    private Exception? _error;

    /// <summary>Dead-letter bytes the batch may still write in full (see <see cref="Config.BodyLimits.DeadLetterFactor"/>).</summary>
    private long _deadLetterBytesLeft;

    public BatchCompletion(long deadLetterBudget)
    {
        _deadLetterBytesLeft = deadLetterBudget;
    }

    public Task<BatchCounts> Task => _done.Task;

    /// <summary>Called before submitting a chunk, since a worker may finish it before the submission returns.</summary>
    public void ChunkSubmitting() => Interlocked.Increment(ref _pending);

    public void ChunkNotSubmitted() => Release();

    /// <summary>Takes <paramref name="bytes"/> from the batch's dead-letter budget; false (and nothing taken) when they do not fit.</summary>
    public bool TryTakeDeadLetterBytes(long bytes)
    {
        var left = Volatile.Read(ref _deadLetterBytesLeft);
        while (left >= bytes)
        {
            var seen = Interlocked.CompareExchange(ref _deadLetterBytesLeft, left - bytes, left);
            if (seen == left)
            {
                return true;
            }

            left = seen;
        }

        return false;
    }

    public void ChunkDone(int parsed, int failed)
    {
        Interlocked.Add(ref _parsed, parsed);
        Interlocked.Add(ref _failed, failed);
        Release();
    }

    public void ChunkFailed(Exception error)
    {
        Interlocked.CompareExchange(ref _error, error, null);
        Release();
    }

    /// <summary>No more chunks will be submitted.</summary>
    public void Seal() => Release();

    private void Release()
    {
        if (Interlocked.Decrement(ref _pending) != 0)
        {
            return;
        }

        if (Volatile.Read(ref _error) is { } error)
        {
            _done.SetException(error);
        }
        else
        {
            _done.SetResult(new BatchCounts(Volatile.Read(ref _parsed), Volatile.Read(ref _failed)));
        }
    }
}

/// <summary>What became of a batch's events: written to the output sink, or to the dead-letter sink.</summary>
public readonly record struct BatchCounts(int Parsed, int Failed);
