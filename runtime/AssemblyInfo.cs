using System.Runtime.CompilerServices;

// Tests drive a session directly to read what the router keeps private (staged output, pattern work counters).
[assembly: InternalsVisibleTo("EcsForge.Tests")]
