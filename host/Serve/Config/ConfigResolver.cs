using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EcsForge.Host.Serve.Pipeline;
using EcsForge.Routing;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve.Config;

/// <summary>Turns a <see cref="ServeConfigFile"/> into <see cref="ServeSettings"/>, collecting every error on the way.</summary>
internal sealed partial class ConfigResolver
{
    private readonly IntakeRouter _router;
    private readonly string _baseDirectory;
    private readonly List<string> _errors = [];

    /// <summary>Intake and listener names share one namespace: they label logs.</summary>
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ConfigResolver(IntakeRouter router, string baseDirectory)
    {
        _router = router;
        _baseDirectory = baseDirectory;
    }

    public IReadOnlyList<string> Errors => _errors;

    public ServeSettings Resolve(ServeConfigFile file)
    {
        var http = file.Http ?? new HttpSection();
        var httpEndPoint = EndPoint("http", http.Address, http.Port ?? ConfigDefaults.HttpPort);
        var bodies = new BodyConcurrency(
            AtLeastOne("http.maxConcurrentBodies", http.MaxConcurrentBodies ?? ConfigDefaults.MaxConcurrentBodies),
            TimeSpan.FromSeconds(AtLeastZero("http.bodyWaitSeconds", http.BodyWaitSeconds ?? ConfigDefaults.BodyWaitSeconds)));
        var workers = AtLeastOne("workers", file.Workers ?? Environment.ProcessorCount);
        var queueCapacity = AtLeastOne("queueCapacity", file.QueueCapacity ?? ConfigDefaults.QueueCapacity);
        var shutdownSeconds = AtLeastOne("shutdownTimeoutSeconds", file.ShutdownTimeoutSeconds ?? ConfigDefaults.ShutdownTimeoutSeconds);
        var userAgentCacheEntries = UserAgentCacheEntries(file.UserAgentCacheEntries ?? ConfigDefaults.UserAgentCacheEntries);
        var limits = Limits("limits", file.Limits, new BodyLimits(
            ConfigDefaults.MaxBodyBytes, ConfigDefaults.MaxDecompressedBytes, ConfigDefaults.MaxEventBytes, ConfigDefaults.MaxEvents, ConfigDefaults.DeadLetterFactor));
        var broker = file.Broker;
        var sinks = Sinks(file.Sinks);
        var intakes = new List<HttpIntakeSettings>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (file.Intakes?.Count ?? 0); i++)
        {
            var intake = Intake($"intakes[{i}]", file.Intakes![i], limits, sinks);
            if (intake is not null && !keys.Add(intake.Key))
            {
                // Never echo the key itself: config errors end up in logs.
                _errors.Add($"intakes[{i}].key: the same key is given to another intake");
            }
            else if (intake is not null)
            {
                intakes.Add(intake);
            }
        }

        var listeners = new List<SyslogSettings>();
        for (var i = 0; i < (file.Syslog?.Count ?? 0); i++)
        {
            if (Syslog($"syslog[{i}]", file.Syslog![i], sinks) is { } listener)
            {
                listeners.Add(listener);
            }
        }

        var inputs = Inputs(file.Inputs, limits, sinks, broker is not null);
        if ((file.Intakes?.Count ?? 0) == 0 && (file.Syslog?.Count ?? 0) == 0 && inputs.Count == 0)
        {
            _errors.Add("intakes, syslog, inputs: configure at least one HTTP intake, syslog listener or input");
        }

        var rawIntakes = intakes.Where(i => i.Publish).Select(i => i.Name)
            .Concat(listeners.Where(l => l.Publish).Select(l => l.Name))
            .Concat(inputs.Select(i => i.Intake))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ServeSettings(
            httpEndPoint, bodies, workers, queueCapacity, TimeSpan.FromSeconds(shutdownSeconds), Logging(file.Logging), sinks, intakes, listeners, userAgentCacheEntries,
            broker is null ? null : Broker(broker, rawIntakes), inputs);
    }

    private HttpIntakeSettings? Intake(string path, IntakeSection section, BodyLimits defaults, IReadOnlyDictionary<string, SinkSettings> sinks)
    {
        var errorCount = _errors.Count;
        var name = Name(path, section.Name);
        if (string.IsNullOrEmpty(section.Key))
        {
            _errors.Add($"{path}.key: required");
        }

        var format = Format(path, section.Format);
        var publish = Publish(path, section.Publish, section.Output, section.DeadLetter);
        var output = publish ? "" : SinkReference($"{path}.output", section.Output, sinks);
        var deadLetter = publish ? "" : SinkReference($"{path}.deadLetter", section.DeadLetter, sinks);
        var limits = Limits($"{path}.limits", section.Limits, defaults);
        return _errors.Count == errorCount ? new HttpIntakeSettings(name, section.Key!, format!, output, deadLetter, limits, publish) : null;
    }

    private SyslogSettings? Syslog(string path, SyslogSection section, IReadOnlyDictionary<string, SinkSettings> sinks)
    {
        var errorCount = _errors.Count;
        var name = Name(path, section.Name);
        if (section.Port is null)
        {
            _errors.Add($"{path}.port: required (0 picks a free port)");
        }

        var endPoint = EndPoint(path, section.Address, section.Port ?? 0);
        var format = Format(path, section.Format);
        var publish = Publish(path, section.Publish, section.Output, section.DeadLetter);
        var output = publish ? "" : SinkReference($"{path}.output", section.Output, sinks);
        var deadLetter = publish ? "" : SinkReference($"{path}.deadLetter", section.DeadLetter, sinks);
        var maxFrame = AtLeastOne($"{path}.maxFrameBytes", section.MaxFrameBytes ?? ConfigDefaults.MaxFrameBytes);
        var connections = new SyslogConnectionLimits(
            AtLeastOne($"{path}.maxConnections", section.MaxConnections ?? ConfigDefaults.MaxSyslogConnections),
            TimeSpan.FromSeconds(AtLeastOne($"{path}.idleTimeoutSeconds", section.IdleTimeoutSeconds ?? ConfigDefaults.IdleTimeoutSeconds)),
            TimeSpan.FromMilliseconds(AtLeastOne($"{path}.drainQuietMilliseconds", section.DrainQuietMilliseconds ?? ConfigDefaults.DrainQuietMilliseconds)),
            TimeSpan.FromSeconds(AtLeastZero($"{path}.drainTimeoutSeconds", section.DrainTimeoutSeconds ?? ConfigDefaults.DrainTimeoutSeconds)));
        var certificate = section.Tls is null ? null : Certificate($"{path}.tls", section.Tls);
        var allowed = AllowedSources($"{path}.allowedSources", section.AllowedSources);
        return _errors.Count == errorCount
            ? new SyslogSettings(name, endPoint, format!, output, deadLetter, maxFrame, connections, certificate, allowed, publish)
            : null;
    }

    private X509Certificate2? Certificate(string path, TlsSection tls)
    {
        if (string.IsNullOrEmpty(tls.Certificate))
        {
            _errors.Add($"{path}.certificate: required (a PEM file with key, or a PKCS#12 file)");
            return null;
        }

        var certificatePath = Path.GetFullPath(Path.Combine(_baseDirectory, tls.Certificate));
        try
        {
            return tls.Key is null
                ? X509CertificateLoader.LoadPkcs12FromFile(certificatePath, tls.Password)
                : X509Certificate2.CreateFromPemFile(certificatePath, Path.GetFullPath(Path.Combine(_baseDirectory, tls.Key)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            _errors.Add($"{path}: the certificate cannot be loaded: {e.Message}");
            return null;
        }
    }

    private List<IPNetwork> AllowedSources(string path, List<string>? sources)
    {
        var networks = new List<IPNetwork>();
        foreach (var source in sources ?? [])
        {
            if (IPNetwork.TryParse(source, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(source, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                _errors.Add($"{path}: \"{source}\" is neither an IP address nor a network (CIDR)");
            }
        }

        return networks;
    }

    private Dictionary<string, SinkSettings> Sinks(Dictionary<string, SinkSection>? sections)
    {
        var sinks = new Dictionary<string, SinkSettings>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var stdoutCount = 0;
        foreach (var (name, section) in sections ?? [])
        {
            var path = $"sinks.{name}";
            if (section.Type != "rabbitmq" && (section.Exchange is not null || section.RoutingKey is not null))
            {
                _errors.Add($"{path}: exchange and routingKey are for a rabbitmq sink only");
            }

            switch (section.Type)
            {
                case "rabbitmq":
                    if (RabbitSink(path, name, section) is { } rabbit)
                    {
                        sinks.Add(name, rabbit);
                    }

                    break;
                case "file" when string.IsNullOrEmpty(section.Path):
                    _errors.Add($"{path}.path: required for a file sink");
                    break;
                case "file":
                    var fullPath = Path.GetFullPath(Path.Combine(_baseDirectory, section.Path));
                    if (!paths.Add(fullPath))
                    {
                        _errors.Add($"{path}.path: another sink writes to {fullPath}");
                    }

                    var rotateBytes = AtLeastOne($"{path}.rotateBytes", section.RotateBytes ?? ConfigDefaults.RotateBytes);
                    if (section.KeepFiles is < 1)
                    {
                        _errors.Add($"{path}.keepFiles: must be at least 1 (leave it out to keep every rotated file)");
                    }

                    sinks.Add(name, new SinkSettings(name, SinkKind.File, fullPath, rotateBytes, section.KeepFiles, Fsync($"{path}.durability", section.Durability)));
                    break;
                case "stdout" when section.Path is not null || section.RotateBytes is not null || section.KeepFiles is not null || section.Durability is not null:
                    _errors.Add($"{path}: a stdout sink takes no path, rotateBytes, keepFiles nor durability");
                    break;
                case "stdout":
                    // Two sinks on one stream would interleave their writes.
                    if (++stdoutCount > 1)
                    {
                        _errors.Add($"{path}: only one stdout sink may be configured");
                    }

                    sinks.Add(name, new SinkSettings(name, SinkKind.Stdout, null, long.MaxValue, null, Fsync: false));
                    break;
                default:
                    _errors.Add($"{path}.type: must be \"file\", \"stdout\" or \"rabbitmq\", not {(section.Type is null ? "missing" : $"\"{section.Type}\"")}");
                    break;
            }
        }

        return sinks;
    }

    private bool Fsync(string path, string? durability)
    {
        switch (durability)
        {
            case null or "flush":
                return false;
            case "fsync":
                return true;
            default:
                _errors.Add($"{path}: must be \"flush\" or \"fsync\", not \"{durability}\"");
                return false;
        }
    }

    private LoggingSettings Logging(LoggingSection? section)
    {
        var json = false;
        switch (section?.Format)
        {
            case null or "simple":
                break;
            case "json":
                json = true;
                break;
            default:
                _errors.Add($"logging.format: must be \"simple\" or \"json\", not \"{section.Format}\"");
                break;
        }

        var level = LogLevel.Information;
        if (section?.MinimumLevel is { } text
            && !(Enum.TryParse(text, ignoreCase: true, out level) && Enum.IsDefined(level) && !char.IsDigit(text[0])))
        {
            _errors.Add($"logging.minimumLevel: must be one of {string.Join(", ", Enum.GetNames<LogLevel>())}, not \"{text}\"");
        }

        return new LoggingSettings(json, level);
    }

    private BodyLimits Limits(string path, LimitsSection? section, BodyLimits defaults)
        => new(
            AtLeastOne($"{path}.maxBodyBytes", section?.MaxBodyBytes ?? defaults.MaxBodyBytes),
            AtLeastOne($"{path}.maxDecompressedBytes", section?.MaxDecompressedBytes ?? defaults.MaxDecompressedBytes),
            AtLeast($"{path}.maxEventBytes", section?.MaxEventBytes ?? defaults.MaxEventBytes, EventChunk.HeadBytes),
            AtLeastOne($"{path}.maxEvents", section?.MaxEvents ?? defaults.MaxEvents),
            AtLeastOne($"{path}.deadLetterFactor", section?.DeadLetterFactor ?? defaults.DeadLetterFactor));

    private string Name(string path, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            _errors.Add($"{path}.name: required");
            return "";
        }

        if (!_names.Add(name))
        {
            _errors.Add($"{path}.name: \"{name}\" names another intake or listener");
        }

        return name;
    }

    private IntakeFormat? Format(string path, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            _errors.Add($"{path}.format: required (a format slug or uuid)");
            return null;
        }

        if (_router.TryGetFormat(text, out var format))
        {
            return format;
        }

        _errors.Add($"{path}.format: unknown intake format \"{text}\" (known: {string.Join(", ", _router.Formats.Select(f => f.Slug))})");
        return null;
    }

    private string SinkReference(string path, string? name, IReadOnlyDictionary<string, SinkSettings> sinks)
    {
        if (string.IsNullOrEmpty(name))
        {
            _errors.Add($"{path}: required (the name of a sink)");
        }
        else if (!sinks.ContainsKey(name))
        {
            _errors.Add($"{path}: no sink is named \"{name}\"");
        }

        return name ?? "";
    }

    private IPEndPoint EndPoint(string path, string? address, int port)
    {
        if (!IPAddress.TryParse(address ?? ConfigDefaults.Address, out var ip))
        {
            _errors.Add($"{path}.address: \"{address}\" is not an IP address");
            ip = IPAddress.Loopback;
        }

        if (port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
        {
            _errors.Add($"{path}.port: {port} is not a TCP port");
            port = 0;
        }

        return new IPEndPoint(ip, port);
    }

    private int UserAgentCacheEntries(int value)
    {
        if (value is < 1 or > EcsForge.UserAgents.UserAgentParser.MaximumCacheCapacity)
        {
            _errors.Add($"userAgentCacheEntries: must be from 1 to {EcsForge.UserAgents.UserAgentParser.MaximumCacheCapacity}, not {value}");
        }

        return value;
    }

    private T AtLeastOne<T>(string path, T value)
        where T : System.Numerics.INumber<T>
        => AtLeast(path, value, T.One);

    private T AtLeastZero<T>(string path, T value)
        where T : System.Numerics.INumber<T>
        => AtLeast(path, value, T.Zero);

    private T AtLeast<T>(string path, T value, T minimum)
        where T : System.Numerics.INumber<T>
    {
        if (value < minimum)
        {
            _errors.Add($"{path}: must be at least {minimum}, not {value}");
        }

        return value;
    }
}
