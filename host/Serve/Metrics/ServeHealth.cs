using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Host.Serve.Metrics;

/// <summary>
/// The components that are unhealthy right now (a worker being restarted, a sink whose last write failed, a listener
/// that cannot accept), each with its reason. <c>/health</c> answers 503 with them while any is set.
/// </summary>
public sealed class ServeHealth
{
    private readonly ConcurrentDictionary<string, string> _problems = new();

    public bool IsHealthy => _problems.IsEmpty;

    /// <param name="component">Such as <c>sink events</c>, <c>worker 2</c>, <c>syslog pulse</c>.</param>
    public void Report(string component, string problem) => _problems[component] = problem;

    public void Clear(string component)
    {
        // Checked first: a clear is called on every successful write, and a failed TryRemove is cheaper than a write.
        if (!_problems.IsEmpty)
        {
            _problems.TryRemove(component, out _);
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Problems() => _problems.OrderBy(p => p.Key).ToList();
}
