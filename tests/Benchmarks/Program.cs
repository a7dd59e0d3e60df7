Console.WriteLine("usage: Mesh.Benchmarks <local-calls|state-writes>");
