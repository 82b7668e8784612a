using System;

namespace EcsForge.Pipelines;

/// <summary>
/// Thrown when a condition or a loop meets an error value: the action is abandoned and sets nothing, as the
/// platform does when a render raises. Caught by the generated action, never by the host.
/// </summary>
public sealed class PipelineAbort : Exception
{
    public static readonly PipelineAbort Instance = new();

    private PipelineAbort()
        : base("a pipeline expression raised")
    {
    }
}
