using System;
using System.Collections.Generic;
using EcsForge.Host.Serve.Broker;

namespace EcsForge.Host.Serve.Config;

/// <summary>The broker's part of the config: the broker itself, rabbitmq sinks and inputs, front ends that publish.</summary>
internal sealed partial class ConfigResolver
{
    private const string RabbitMq = "rabbitmq";

    private bool _publishSeen;
    private bool _rabbitSinkSeen;

    /// <summary>Whether an intake publishes its raw batches to the broker; it then names no sinks of its own.</summary>
    private bool Publish(string path, string? publish, string? output, string? deadLetter)
    {
        switch (publish)
        {
            case null:
                return false;
            case RabbitMq when output is not null || deadLetter is not null:
                _errors.Add($"{path}: an intake that publishes to the broker names no output or deadLetter sink (its consumers do)");
                return true;
            case RabbitMq:
                _publishSeen = true;
                return true;
            default:
                _errors.Add($"{path}.publish: must be \"{RabbitMq}\", not \"{publish}\"");
                return false;
        }
    }

    private SinkSettings? RabbitSink(string path, string name, SinkSection section)
    {
        var errorCount = _errors.Count;
        if (section.Path is not null || section.RotateBytes is not null || section.KeepFiles is not null || section.Durability is not null)
        {
            _errors.Add($"{path}: a rabbitmq sink takes no path, rotateBytes, keepFiles nor durability");
        }

        if (section.Exchange is not (BrokerTopology.EventsExchange or BrokerTopology.DeadLetterExchange))
        {
            _errors.Add($"{path}.exchange: must be \"{BrokerTopology.EventsExchange}\" or \"{BrokerTopology.DeadLetterExchange}\"");
        }

        _rabbitSinkSeen = true;
        return _errors.Count == errorCount
            ? new SinkSettings(name, SinkKind.RabbitMq, null, long.MaxValue, null, Fsync: false, section.Exchange, section.RoutingKey ?? name)
            : null;
    }

    private List<RabbitInputSettings> Inputs(List<InputSection>? sections, BodyLimits defaults, IReadOnlyDictionary<string, SinkSettings> sinks, bool brokerConfigured)
    {
        var inputs = new List<RabbitInputSettings>();
        for (var i = 0; i < (sections?.Count ?? 0); i++)
        {
            var path = $"inputs[{i}]";
            var section = sections![i];
            var errorCount = _errors.Count;
            var name = Name(path, section.Name);
            if (section.Type != RabbitMq)
            {
                _errors.Add($"{path}.type: must be \"{RabbitMq}\", not {(section.Type is null ? "missing" : $"\"{section.Type}\"")}");
            }

            if (string.IsNullOrEmpty(section.Intake))
            {
                _errors.Add($"{path}.intake: required (the intake whose raw queue is consumed)");
            }

            var format = Format(path, section.Format);
            var output = SinkReference($"{path}.output", section.Output, sinks);
            var deadLetter = SinkReference($"{path}.deadLetter", section.DeadLetter, sinks);
            var prefetch = AtLeastOne($"{path}.prefetch", section.Prefetch ?? ConfigDefaults.Prefetch);
            var limits = Limits($"{path}.limits", section.Limits, defaults);
            if (_errors.Count == errorCount)
            {
                inputs.Add(new RabbitInputSettings(name, section.Intake!, format!, output, deadLetter, prefetch, limits));
            }
        }

        if (!brokerConfigured && (inputs.Count > 0 || _publishSeen || _rabbitSinkSeen))
        {
            _errors.Add("broker: required by the rabbitmq inputs, sinks and publishing intakes");
        }

        return inputs;
    }

    private BrokerSettings Broker(BrokerSection section, IReadOnlyList<string> rawIntakes)
    {
        if (!System.Uri.TryCreate(section.Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            // The URI holds the password: it is not echoed.
            _errors.Add("broker.uri: required, an amqp:// or amqps:// URI");
            uri = new Uri("amqp://localhost/");
        }

        var prefix = section.Prefix ?? ConfigDefaults.BrokerPrefix;
        if (prefix.Length == 0 || prefix.Length > 100)
        {
            _errors.Add("broker.prefix: must be 1 to 100 characters");
        }

        return new BrokerSettings(
            uri,
            prefix,
            AtLeastOne("broker.deliveryLimit", section.DeliveryLimit ?? ConfigDefaults.DeliveryLimit),
            AtLeastOne("broker.maxBatchEvents", section.MaxBatchEvents ?? ConfigDefaults.MaxBatchEvents),
            AtLeastOne("broker.maxBatchBytes", section.MaxBatchBytes ?? ConfigDefaults.MaxBatchBytes),
            rawIntakes);
    }
}
