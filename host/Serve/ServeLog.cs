using System;
using Microsoft.Extensions.Logging;

namespace EcsForge.Host.Serve;

/// <summary>
/// Every log message of <c>serve</c>, with named values: the JSON console format carries them as fields, so tests and
/// log pipelines read them without parsing text.
/// </summary>
internal static partial class ServeLog
{
    [LoggerMessage(1, LogLevel.Information, "HTTP intake listening on {Endpoint}")]
    public static partial void HttpListening(ILogger logger, string endpoint);

    [LoggerMessage(2, LogLevel.Information, "Syslog listener {Listener} ({Format}) listening on {Endpoint}")]
    public static partial void SyslogListening(ILogger logger, string listener, string format, string endpoint);

    [LoggerMessage(3, LogLevel.Information, "Serving {Intakes} HTTP intakes and {Listeners} syslog listeners with {Workers} parse workers")]
    public static partial void Started(ILogger logger, int intakes, int listeners, int workers);

    [LoggerMessage(4, LogLevel.Information, "Stopping: no new connections; draining what was accepted")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(5, LogLevel.Information, "Drained {Format}: received {Received}, parsed {Parsed}, failed {Failed}")]
    public static partial void Drained(ILogger logger, string format, long received, long parsed, long failed);

    [LoggerMessage(6, LogLevel.Information, "Stopped after draining in {Seconds:F3}s")]
    public static partial void Stopped(ILogger logger, double seconds);

    [LoggerMessage(10, LogLevel.Warning, "HTTP batch for {Intake} rejected with {Status}: {Reason}")]
    public static partial void BatchRejected(ILogger logger, string intake, int status, string reason);

    [LoggerMessage(11, LogLevel.Warning, "Sink {Sink} could not take the events of {Intake}")]
    public static partial void SinkWriteFailed(ILogger logger, string sink, string intake, Exception exception);

    [LoggerMessage(12, LogLevel.Error, "A chunk of {Intake} could not be processed")]
    public static partial void ChunkFailed(ILogger logger, string intake, Exception exception);

    [LoggerMessage(13, LogLevel.Error, "Parse worker {Worker} stopped with an exception; a new one takes over")]
    public static partial void WorkerRestarting(ILogger logger, int worker, Exception exception);

    [LoggerMessage(20, LogLevel.Debug, "Syslog connection from {Remote} to {Listener} opened")]
    public static partial void SyslogConnectionOpened(ILogger logger, string remote, string listener);

    [LoggerMessage(21, LogLevel.Debug, "Syslog connection from {Remote} to {Listener} closed after {Frames} frames")]
    public static partial void SyslogConnectionClosed(ILogger logger, string remote, string listener, long frames);

    [LoggerMessage(22, LogLevel.Warning, "Syslog connection from {Remote} to {Listener} failed; {PendingBytes} bytes of an incomplete frame are lost")]
    public static partial void SyslogConnectionFailed(ILogger logger, string remote, string listener, long pendingBytes, Exception exception);

    [LoggerMessage(24, LogLevel.Debug, "Syslog connection from {Remote} to {Listener} refused: {Reason}")]
    public static partial void SyslogConnectionRefused(ILogger logger, string remote, string listener, string reason);

    [LoggerMessage(25, LogLevel.Debug, "Syslog connection from {Remote} to {Listener} closed: {Reason}")]
    public static partial void SyslogConnectionTimedOut(ILogger logger, string remote, string listener, string reason);

    [LoggerMessage(23, LogLevel.Warning, "Syslog listener {Listener} could not accept a connection")]
    public static partial void SyslogAcceptFailed(ILogger logger, string listener, Exception exception);

    [LoggerMessage(30, LogLevel.Information, "Connected to the broker at {Endpoint}")]
    public static partial void BrokerConnected(ILogger logger, string endpoint);

    [LoggerMessage(31, LogLevel.Warning, "Broker connection lost ({Reason}); reconnecting in {Seconds}s")]
    public static partial void BrokerConnectionLost(ILogger logger, string reason, double seconds);

    [LoggerMessage(32, LogLevel.Warning, "Cannot connect to the broker; retrying in {Seconds}s")]
    public static partial void BrokerConnectFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(33, LogLevel.Information, "Input {Input} consuming {Queue} with prefetch {Prefetch}")]
    public static partial void InputConsuming(ILogger logger, string input, string queue, int prefetch);

    [LoggerMessage(34, LogLevel.Warning, "Input {Input}: a raw batch cannot be read and goes to the dead-letter queue: {Reason}")]
    public static partial void PoisonBatch(ILogger logger, string input, string reason);

    [LoggerMessage(35, LogLevel.Warning, "Input {Input}: a raw batch could not be written and is returned to its queue")]
    public static partial void BatchRequeued(ILogger logger, string input, Exception exception);

    [LoggerMessage(36, LogLevel.Warning, "Syslog listener {Listener}: a raw batch could not be published; retrying")]
    public static partial void RawPublishRetry(ILogger logger, string listener, Exception exception);
}
