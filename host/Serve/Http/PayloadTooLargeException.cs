using System;
using System.Globalization;

namespace EcsForge.Host.Serve.Http;

/// <summary>A request body, or the batch it decompresses to, is larger than the intake allows: answered with 413.</summary>
public sealed class PayloadTooLargeException : Exception
{
    public PayloadTooLargeException(string what, long limit, string unit = "bytes")
        : base(string.Create(CultureInfo.InvariantCulture, $"the {what} exceeds the limit of {limit} {unit}"))
    {
    }
}
