namespace Mesh.Runtime.Tests.Serialization.Models;

public sealed record BinarySample(byte[] Pdf, ReadOnlyMemory<byte> Audio, Memory<byte> Scratch, byte[]? MissingPdf);
