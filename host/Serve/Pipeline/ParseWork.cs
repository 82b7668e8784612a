namespace EcsForge.Host.Serve.Pipeline;

/// <summary>One chunk on its way to a worker; <paramref name="Batch"/> is set when a client waits for its acknowledgement.</summary>
public readonly record struct ParseWork(IntakeRoute Route, EventChunk Chunk, BatchCompletion? Batch);
