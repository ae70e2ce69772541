# SPDX-FileCopyrightText: 2026 Herald contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two quick-start commands:
#   make run    install what is missing, build (Release), start Herald on a demo workspace
#   make test   install what is missing, build, run every test headless
# Everything else is plain CMake (see CMakePresets.json).

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
CMAKE_FLAGS ?=
ifdef CI
CMAKE_FLAGS += -DHERALD_WERROR=ON
endif

.PHONY: run test deps configure

run: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS) --target herald herald-cli
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "No display found: starting Herald under xvfb-run (a virtual screen)."; \
		xvfb-run -a -s "-screen 0 1280x800x24" $(BUILD_DIR)/app/herald; \
	else \
		$(BUILD_DIR)/app/herald; \
	fi

test: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel $(JOBS)

configure: deps
	@if [ -f $(BUILD_DIR)/CMakeCache.txt ] && ! grep -q "CMAKE_GENERATOR:INTERNAL=$(if $(GENERATOR),Ninja,Unix Makefiles)" $(BUILD_DIR)/CMakeCache.txt; then \
		echo "Build folder $(BUILD_DIR) was made with another generator; starting it afresh."; rm -rf $(BUILD_DIR); fi
	cmake -S . -B $(BUILD_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

deps:
	@./scripts/install-deps.sh
