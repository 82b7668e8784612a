using EcsForge.Host.Serve.Broker;
using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Pipeline;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// What an intake key opens: the body limits and where the batch's events go, parsed here along <see cref="Route"/> or,
/// for a front end, published raw by <see cref="Publisher"/> (exactly one of the two is set).
/// </summary>
internal sealed record HttpIntake(string Name, BodyLimits Limits, IntakeRoute? Route, RawBatchPublisher? Publisher);
