Console.WriteLine("Mesh silo");
