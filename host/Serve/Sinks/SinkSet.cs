using System;
using System.Collections.Generic;
using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;

namespace EcsForge.Host.Serve.Sinks;

/// <summary>The configured sinks, opened once and shared by every intake that names them.</summary>
public sealed class SinkSet : IDisposable
{
    private readonly Dictionary<string, ILineSink> _sinks = new(StringComparer.Ordinal);

    private SinkSet()
    {
    }

    public ILineSink this[string name] => _sinks[name];

    /// <summary>Opens every sink; when one cannot be opened, those already open are closed and the error is rethrown.</summary>
    /// <param name="broker">Set when the config has a broker, which every rabbitmq sink publishes through.</param>
    public static SinkSet Open(IReadOnlyDictionary<string, SinkSettings> settings, BrokerConnection? broker = null)
    {
        var set = new SinkSet();
        try
        {
            foreach (var (name, sink) in settings)
            {
                set._sinks.Add(name, sink.Kind switch
                {
                    SinkKind.Stdout => new StreamSink(name, Console.OpenStandardOutput()),
                    SinkKind.RabbitMq => new RabbitSink(name, broker!, broker!.Topology.Exchange(sink.Exchange!), sink.RoutingKey!),
                    _ => new RotatingFileSink(name, sink.Path!, sink.RotateBytes, sink.KeepFiles, sink.Fsync),
                });
            }
        }
        catch
        {
            set.Dispose();
            throw;
        }

        return set;
    }

    public void Dispose()
    {
        foreach (var sink in _sinks.Values)
        {
            sink.Dispose();
        }
    }
}
