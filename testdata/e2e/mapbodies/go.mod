module example.com/mapbodies

go 1.24
