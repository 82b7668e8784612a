using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EcsForge.Host.Serve.Pipeline;

namespace EcsForge.Host.Serve.Http;

/// <summary>Hands a read batch to the parse pipeline and waits until all its events are written to their sinks.</summary>
internal static class BatchSubmission
{
    /// <summary>
    /// Every chunk ends up submitted or disposed. Returns null when the pipeline stopped taking work (shutdown) before
    /// the whole batch was queued; throws what a worker hit (a sink that could not be written), or when canceled.
    /// </summary>
    /// <param name="deadLetterBudget">Dead-letter bytes the batch may write in full.</param>
    public static async Task<BatchCounts?> RunAsync(
        ParsePipeline pipeline, IntakeRoute route, IReadOnlyList<EventChunk> chunks, long deadLetterBudget, CancellationToken cancellationToken)
    {
        var completion = new BatchCompletion(route, pipeline.Writer, deadLetterBudget);
        var handedOver = 0;
        try
        {
            while (handedOver < chunks.Count)
            {
                // From here on the pipeline owns the chunk, whether it queues it or not.
                var chunk = chunks[handedOver++];
                completion.ChunkSubmitting();
                bool queued;
                try
                {
                    queued = await pipeline.SubmitAsync(new ParseWork(route, chunk, completion), cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    completion.ChunkNotSubmitted();
                    throw;
                }

                if (!queued)
                {
                    completion.ChunkNotSubmitted();
                    return null;
                }
            }
        }
        finally
        {
            for (var i = handedOver; i < chunks.Count; i++)
            {
                chunks[i].Dispose();
            }

            completion.Seal();
        }

        return await completion.Task.ConfigureAwait(false);
    }
}
