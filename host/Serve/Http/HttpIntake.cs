using EcsForge.Host.Serve.Config;
using EcsForge.Host.Serve.Pipeline;

namespace EcsForge.Host.Serve.Http;

/// <summary>What an intake key opens: the body limits and where the batch's events go.</summary>
internal sealed record HttpIntake(BodyLimits Limits, IntakeRoute Route);
