namespace System.Diagnostics.CodeAnalysis;

// A record with `required` members needs this type for its copy constructor; netstandard2.0 lacks it.
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : Attribute
{
}
