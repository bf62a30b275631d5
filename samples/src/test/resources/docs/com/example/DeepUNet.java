package com.example;

import static dev.lamina.dsl.ActivationFunction.RELU;
import static dev.lamina.dsl.ActivationFunction.SIGMOID;
import static dev.lamina.dsl.Padding.SAME;

import dev.lamina.dsl.Concatenate;
import dev.lamina.dsl.Conv2D;
import dev.lamina.dsl.Input;
import dev.lamina.dsl.MaxPool;
import dev.lamina.dsl.Network;
import dev.lamina.dsl.UpSampling2D;
import dev.lamina.runtime.layer.Conv2DLayer;
import dev.lamina.runtime.layer.Layer;
import dev.lamina.runtime.layer.MergeLayer;
import dev.lamina.runtime.layer.ReshapingLayer;

@Network(input = @Input(height = 28, width = 28, channels = 1))
public interface DeepUNet {
  @Conv2D(filters = 8, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer enc1();
  @MaxPool(poolSize = 2) Layer down1();
  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer enc2();
  @MaxPool(poolSize = 2) Layer down2();
  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer enc3();
  @MaxPool(poolSize = 2) Layer down3();                                    // 7 -> 3: a row is lost
  @Conv2D(filters = 64, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer bottleneck();
  @UpSampling2D(size = {2, 2}) ReshapingLayer up3();                       // 3 -> 6
  @Concatenate MergeLayer skip3(ReshapingLayer up3, Conv2DLayer enc3);     // 6x6 against 7x7
  @Conv2D(filters = 32, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer dec3();
  @UpSampling2D(size = {2, 2}) ReshapingLayer up2();
  @Concatenate MergeLayer skip2(ReshapingLayer up2, Conv2DLayer enc2);
  @Conv2D(filters = 16, kernelSize = 3, padding = SAME, activation = RELU) Conv2DLayer dec2();
  @UpSampling2D(size = {2, 2}) ReshapingLayer up1();
  @Concatenate MergeLayer skip1(ReshapingLayer up1, Conv2DLayer enc1);
  @Conv2D(filters = 1, kernelSize = 1, activation = SIGMOID) Conv2DLayer mask();
}
