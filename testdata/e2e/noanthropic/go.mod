module example.com/noanthropic

go 1.22
