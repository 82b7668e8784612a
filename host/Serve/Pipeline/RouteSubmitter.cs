using System.Threading;
using System.Threading.Tasks;

namespace EcsForge.Host.Serve.Pipeline;

/// <summary>Chunks of one route parsed in-process, written as they come (no one waits for them).</summary>
public sealed class RouteSubmitter : IChunkSubmitter
{
    private readonly ParsePipeline _pipeline;
    private readonly IntakeRoute _route;

    public RouteSubmitter(ParsePipeline pipeline, IntakeRoute route)
    {
        _pipeline = pipeline;
        _route = route;
    }

    public ValueTask<bool> SubmitAsync(EventChunk chunk, CancellationToken cancellationToken)
        => _pipeline.SubmitAsync(new ParseWork(_route, chunk, null), cancellationToken);
}
