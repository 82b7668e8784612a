using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>Where a syslog connection hands its chunks: the parse pipeline, or the broker's raw queue for a front end.</summary>
public interface IChunkSubmitter
{
    /// <summary>Takes ownership of the chunk (disposed once handled); false when no more work is taken (shutdown).</summary>
    ValueTask<bool> SubmitAsync(EventChunk chunk, CancellationToken cancellationToken);
}
